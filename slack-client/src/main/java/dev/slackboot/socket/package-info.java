/**
 * Slack's Socket Mode: {@link dev.slackboot.socket.SlackSocketModeClient} keeps one or more WebSockets to Slack
 * open with an app-level token, hands every envelope (Events API events, slash commands, interactions) to a
 * {@link dev.slackboot.listener.SlackEventHandler} and acknowledges it once accepted.
 */
@NullMarked
package dev.slackboot.socket;

import org.jspecify.annotations.NullMarked;
