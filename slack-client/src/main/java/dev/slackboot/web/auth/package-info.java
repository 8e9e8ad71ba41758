/**
 * Requests and responses of Slack's {@code auth.*} methods.
 */
@NullMarked
package dev.slackboot.web.auth;

import org.jspecify.annotations.NullMarked;
