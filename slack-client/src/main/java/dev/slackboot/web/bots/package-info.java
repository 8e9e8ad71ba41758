/**
 * Requests and responses of Slack's {@code bots.*} methods.
 */
@NullMarked
package dev.slackboot.web.bots;

import org.jspecify.annotations.NullMarked;
