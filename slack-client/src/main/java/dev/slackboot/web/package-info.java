/**
 * Slack Web API client: {@link dev.slackboot.web.SlackWebClient} with typed method families, reactive and
 * blocking forms, retries, rate-limit handling and cursor pagination.
 */
@NullMarked
package dev.slackboot.web;

import org.jspecify.annotations.NullMarked;
