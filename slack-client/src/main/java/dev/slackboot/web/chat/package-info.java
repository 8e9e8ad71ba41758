/**
 * Requests and responses of Slack's {@code chat.*} methods.
 */
@NullMarked
package dev.slackboot.web.chat;

import org.jspecify.annotations.NullMarked;
