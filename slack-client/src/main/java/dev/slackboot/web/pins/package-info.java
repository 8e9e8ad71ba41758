/**
 * Requests and responses of Slack's {@code pins.*} methods.
 */
@NullMarked
package dev.slackboot.web.pins;

import org.jspecify.annotations.NullMarked;
