/**
 * Requests and responses of Slack's {@code views.*} methods.
 */
@NullMarked
package dev.slackboot.web.views;

import org.jspecify.annotations.NullMarked;
