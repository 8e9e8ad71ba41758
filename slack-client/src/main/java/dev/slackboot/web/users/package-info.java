/**
 * Requests and responses of Slack's {@code users.*} methods.
 */
@NullMarked
package dev.slackboot.web.users;

import org.jspecify.annotations.NullMarked;
