/**
 * Slack's Real Time Messaging API: {@link dev.slackboot.rtm.SlackRtmClient} keeps a WebSocket to Slack open,
 * reconnecting as needed, and hands every event to a {@link dev.slackboot.listener.SlackEventHandler}.
 */
@NullMarked
package dev.slackboot.rtm;

import org.jspecify.annotations.NullMarked;
