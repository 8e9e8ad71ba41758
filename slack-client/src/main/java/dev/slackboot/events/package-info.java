/**
 * Slack's Events API over HTTP: {@link dev.slackboot.events.SlackEventsApiHandler} serves the request URL Slack
 * posts events, slash commands and interactions to, checks each request's signature with a
 * {@link dev.slackboot.events.SlackRequestVerifier} and hands what it carries to a
 * {@link dev.slackboot.listener.SlackEventHandler}, as {@link dev.slackboot.model.SlackEvent}s shaped by
 * {@link dev.slackboot.events.SlackEventPayloads} the same way as over Socket Mode.
 */
@NullMarked
package dev.slackboot.events;

import org.jspecify.annotations.NullMarked;
