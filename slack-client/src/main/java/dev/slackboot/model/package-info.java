/**
 * Slack objects shared by Web API responses and events (messages, conversations, users, ...). Every type
 * keeps the fields it does not model in {@code additionalProperties()}, so nothing Slack sends is lost.
 */
@NullMarked
package dev.slackboot.model;

import org.jspecify.annotations.NullMarked;
