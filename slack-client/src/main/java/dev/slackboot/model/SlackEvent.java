package dev.slackboot.model;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event from Slack, whatever transport delivered it.
 *
 * @param type the event type, e.g. {@code message} or {@code reaction_added}
 * @param subtype the event subtype (e.g. {@code message_changed}), if any
 * @param channel the conversation the event belongs to, if any; events of one channel are delivered in order
 * @param user the user who caused the event, if any
 * @param botId the bot that caused the event, if any
 * @param team the workspace ID, if known
 * @param eventId Slack's event ID ({@code Ev...}) used to drop redeliveries; {@code null} over RTM
 * @param transport the transport the event arrived on
 * @param envelopeId the Socket Mode envelope ID, if any
 * @param retryAttempt Slack's redelivery attempt ({@code retry_attempt} or {@code X-Slack-Retry-Num}), 0 for
 * the first delivery
 * @param retryReason why Slack redelivered, if it did
 * @param event the event object as Slack sent it (for the Events API and Socket Mode, the inner {@code event})
 * @param payload the whole frame or request body the event arrived in
 */
public record SlackEvent(String type, @Nullable String subtype, @Nullable String channel, @Nullable String user,
		@Nullable String botId, @Nullable String team, @Nullable String eventId, SlackTransport transport,
		@Nullable String envelopeId, int retryAttempt, @Nullable String retryReason, JsonNode event,
		JsonNode payload) {

	@Override
	public String toString() {
		return "SlackEvent[type=" + this.type + ", subtype=" + this.subtype + ", channel=" + this.channel
				+ ", eventId=" + this.eventId + ", transport=" + this.transport + "]";
	}

}
