package dev.slackboot.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * One event from Slack, whatever transport delivered it. The fields that route it (type, subtype, channel,
 * user, ...) are read when it arrives; its JSON is kept as received and read into a tree only when
 * {@link #event()} or {@link #payload()} is asked for (see {@link SlackEventJson}).
 */
public final class SlackEvent {

	private final String type;

	private final @Nullable String subtype;

	private final @Nullable String channel;

	private final @Nullable String user;

	private final @Nullable String botId;

	private final @Nullable String team;

	private final @Nullable String eventId;

	private final SlackTransport transport;

	private final @Nullable String envelopeId;

	private final int retryAttempt;

	private final @Nullable String retryReason;

	private final SlackEventJson json;

	/**
	 * Creates an event from its JSON trees.
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
	public SlackEvent(String type, @Nullable String subtype, @Nullable String channel, @Nullable String user,
			@Nullable String botId, @Nullable String team, @Nullable String eventId, SlackTransport transport,
			@Nullable String envelopeId, int retryAttempt, @Nullable String retryReason, JsonNode event,
			JsonNode payload) {
		this(type, subtype, channel, user, botId, team, eventId, transport, envelopeId, retryAttempt, retryReason,
				SlackEventJson.ofTree(event, payload));
	}

	/**
	 * Creates an event from its JSON, as a tree or as received.
	 * @param type the event type
	 * @param subtype the event subtype, if any
	 * @param channel the conversation the event belongs to, if any
	 * @param user the user who caused the event, if any
	 * @param botId the bot that caused the event, if any
	 * @param team the workspace ID, if known
	 * @param eventId Slack's event ID, if any
	 * @param transport the transport the event arrived on
	 * @param envelopeId the Socket Mode envelope ID, if any
	 * @param retryAttempt Slack's redelivery attempt, 0 for the first delivery
	 * @param retryReason why Slack redelivered, if it did
	 * @param json the event object and the whole frame or body it arrived in
	 */
	public SlackEvent(String type, @Nullable String subtype, @Nullable String channel, @Nullable String user,
			@Nullable String botId, @Nullable String team, @Nullable String eventId, SlackTransport transport,
			@Nullable String envelopeId, int retryAttempt, @Nullable String retryReason, SlackEventJson json) {
		this.type = type;
		this.subtype = subtype;
		this.channel = channel;
		this.user = user;
		this.botId = botId;
		this.team = team;
		this.eventId = eventId;
		this.transport = transport;
		this.envelopeId = envelopeId;
		this.retryAttempt = retryAttempt;
		this.retryReason = retryReason;
		this.json = json;
	}

	/**
	 * Returns the event type.
	 * @return the type, e.g. {@code message} or {@code reaction_added}
	 */
	public String type() {
		return this.type;
	}

	/**
	 * Returns the event subtype.
	 * @return the subtype (e.g. {@code message_changed}), or {@code null}
	 */
	public @Nullable String subtype() {
		return this.subtype;
	}

	/**
	 * Returns the conversation the event belongs to; events of one channel are delivered in order.
	 * @return the channel ID, or {@code null}
	 */
	public @Nullable String channel() {
		return this.channel;
	}

	/**
	 * Returns the user who caused the event.
	 * @return the user ID, or {@code null}
	 */
	public @Nullable String user() {
		return this.user;
	}

	/**
	 * Returns the bot that caused the event.
	 * @return the bot ID, or {@code null}
	 */
	public @Nullable String botId() {
		return this.botId;
	}

	/**
	 * Returns the workspace the event belongs to.
	 * @return the team ID, or {@code null} when unknown
	 */
	public @Nullable String team() {
		return this.team;
	}

	/**
	 * Returns Slack's event ID ({@code Ev...}), used to drop redeliveries.
	 * @return the ID, or {@code null} (always over RTM)
	 */
	public @Nullable String eventId() {
		return this.eventId;
	}

	/**
	 * Returns the transport the event arrived on.
	 * @return the transport
	 */
	public SlackTransport transport() {
		return this.transport;
	}

	/**
	 * Returns the Socket Mode envelope ID.
	 * @return the ID, or {@code null}
	 */
	public @Nullable String envelopeId() {
		return this.envelopeId;
	}

	/**
	 * Returns Slack's redelivery attempt ({@code retry_attempt} or {@code X-Slack-Retry-Num}).
	 * @return the attempt, 0 for the first delivery
	 */
	public int retryAttempt() {
		return this.retryAttempt;
	}

	/**
	 * Returns why Slack redelivered the event.
	 * @return the reason, or {@code null}
	 */
	public @Nullable String retryReason() {
		return this.retryReason;
	}

	/**
	 * Returns the event object as Slack sent it (for the Events API and Socket Mode, the inner {@code event}).
	 * @return the event, read into a tree on first use
	 */
	public JsonNode event() {
		return this.json.event();
	}

	/**
	 * Returns the whole frame or request body the event arrived in.
	 * @return the payload, read into a tree on first use
	 */
	public JsonNode payload() {
		return this.json.payload();
	}

	/**
	 * Reads the event object into a typed value, straight from the bytes it arrived as unless a tree was built.
	 * @param <T> the type read
	 * @param reader the reader of the type
	 * @return the value
	 */
	public <T> T readEvent(ObjectReader reader) {
		return this.json.readEvent(reader);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof SlackEvent event && this.retryAttempt == event.retryAttempt
				&& this.type.equals(event.type) && Objects.equals(this.subtype, event.subtype)
				&& Objects.equals(this.channel, event.channel) && Objects.equals(this.user, event.user)
				&& Objects.equals(this.botId, event.botId) && Objects.equals(this.team, event.team)
				&& Objects.equals(this.eventId, event.eventId) && this.transport == event.transport
				&& Objects.equals(this.envelopeId, event.envelopeId)
				&& Objects.equals(this.retryReason, event.retryReason) && this.json.equals(event.json));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.type, this.subtype, this.channel, this.eventId, this.envelopeId, this.transport);
	}

	@Override
	public String toString() {
		return "SlackEvent[type=" + this.type + ", subtype=" + this.subtype + ", channel=" + this.channel
				+ ", eventId=" + this.eventId + ", transport=" + this.transport + "]";
	}

}
