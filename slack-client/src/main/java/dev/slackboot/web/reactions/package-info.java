/**
 * Requests and responses of Slack's {@code reactions.*} methods.
 */
@NullMarked
package dev.slackboot.web.reactions;

import org.jspecify.annotations.NullMarked;
