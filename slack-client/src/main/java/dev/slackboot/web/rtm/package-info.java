/**
 * Requests and responses of Slack's {@code rtm.*} methods.
 */
@NullMarked
package dev.slackboot.web.rtm;

import org.jspecify.annotations.NullMarked;
