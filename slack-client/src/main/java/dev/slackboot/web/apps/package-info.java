/**
 * Requests and responses of Slack's {@code apps.*} methods.
 */
@NullMarked
package dev.slackboot.web.apps;

import org.jspecify.annotations.NullMarked;
