/**
 * Requests and responses of Slack's {@code team.*} methods.
 */
@NullMarked
package dev.slackboot.web.team;

import org.jspecify.annotations.NullMarked;
