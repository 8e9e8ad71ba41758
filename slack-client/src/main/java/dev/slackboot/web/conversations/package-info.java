/**
 * Requests and responses of Slack's {@code conversations.*} methods.
 */
@NullMarked
package dev.slackboot.web.conversations;

import org.jspecify.annotations.NullMarked;
