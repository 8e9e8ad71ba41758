package dev.slackboot.events;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * Turns what Slack sends to an app into {@link SlackEvent}s, the same way whatever the transport (Events API
 * over HTTP or Socket Mode), so that a listener sees the same event either way:
 * <ul>
 * <li>an {@code event_callback}: the inner event's type, subtype, channel, user, bot and team (the callback's
 * {@code team_id} when the event has none), and the callback's {@code event_id} (used to drop
 * redeliveries);</li>
 * <li>a slash command: type {@value #SLASH_COMMANDS} and the command as subtype (e.g. {@code /deploy}), with
 * its channel, user and team; the event is the command's fields ({@code command}, {@code text},
 * {@code response_url}, ...) as a JSON object of strings;</li>
 * <li>an interaction: the payload's {@code type} (e.g. {@code block_actions}, {@code view_submission},
 * {@code shortcut}) and, as subtype, the ID it is routed by: the {@code action_id} of the (first) action for
 * {@code block_actions} and {@code block_suggestion}, the view's {@code callback_id} for
 * {@code view_submission} and {@code view_closed}, the {@code callback_id} for shortcuts and message actions;
 * with its channel (if any), user and team; the event is the payload.</li>
 * </ul>
 * Slash commands and interactions have no event ID: Slack does not redeliver them.
 */
public final class SlackEventPayloads {

	/**
	 * The event type of slash commands; the command (e.g. {@code /deploy}) is the subtype.
	 */
	public static final String SLASH_COMMANDS = "slash_commands";

	private SlackEventPayloads() {
	}

	/**
	 * Returns the event an {@code event_callback} carries.
	 * @param callback the {@code event_callback} object, with {@code event}, {@code event_id} and
	 * {@code team_id}
	 * @param transport the transport it arrived on
	 * @param envelopeId the Socket Mode envelope ID, if any
	 * @param retryAttempt Slack's redelivery attempt, 0 for the first delivery
	 * @param retryReason why Slack redelivered, if it did
	 * @param payload the whole request body or frame
	 * @return the event
	 * @throws IllegalArgumentException if the callback has no event object with a type
	 */
	public static SlackEvent eventCallback(JsonNode callback, SlackTransport transport, @Nullable String envelopeId,
			int retryAttempt, @Nullable String retryReason, JsonNode payload) {
		JsonNode event = callback.path("event");
		String type = text(event, "type");
		Assert.isTrue(event.isObject() && type != null, "The event_callback has no event with a type");
		String team = text(event, "team");
		return new SlackEvent(type, text(event, "subtype"), channel(event), idOf(event, "user"),
				text(event, "bot_id"), (team != null) ? team : text(callback, "team_id"), text(callback, "event_id"),
				transport, envelopeId, Math.max(retryAttempt, 0), retryReason, event, payload);
	}

	/**
	 * Returns the event of a slash command.
	 * @param command the command's fields ({@code command}, {@code text}, {@code channel_id},
	 * {@code user_id}, {@code team_id}, ...)
	 * @param transport the transport it arrived on
	 * @param envelopeId the Socket Mode envelope ID, if any
	 * @param payload the whole request body or frame
	 * @return the event, of type {@value #SLASH_COMMANDS}
	 * @throws IllegalArgumentException if the fields have no {@code command}
	 */
	public static SlackEvent slashCommand(JsonNode command, SlackTransport transport, @Nullable String envelopeId,
			JsonNode payload) {
		String name = text(command, "command");
		Assert.isTrue(name != null, "The slash command has no command");
		return new SlackEvent(SLASH_COMMANDS, name, text(command, "channel_id"), text(command, "user_id"), null,
				text(command, "team_id"), null, transport, envelopeId, 0, null, command, payload);
	}

	/**
	 * Returns the event of an interaction (a button, a menu, a modal submission, a shortcut, ...).
	 * @param interaction the interaction payload, with its {@code type}
	 * @param transport the transport it arrived on
	 * @param envelopeId the Socket Mode envelope ID, if any
	 * @param payload the whole request body or frame
	 * @return the event, of the payload's type, with the action or callback ID as subtype
	 * @throws IllegalArgumentException if the payload has no type
	 */
	public static SlackEvent interaction(JsonNode interaction, SlackTransport transport, @Nullable String envelopeId,
			JsonNode payload) {
		String type = text(interaction, "type");
		Assert.isTrue(type != null, "The interaction payload has no type");
		String channel = idOf(interaction, "channel");
		String team = idOf(interaction, "team");
		return new SlackEvent(type, interactionId(interaction),
				(channel != null) ? channel : text(interaction.path("container"), "channel_id"),
				idOf(interaction, "user"), null, (team != null) ? team : text(interaction.path("user"), "team_id"),
				null, transport, envelopeId, 0, null, interaction, payload);
	}

	private static @Nullable String interactionId(JsonNode interaction) {
		JsonNode actions = interaction.path("actions");
		if (actions.isArray() && !actions.isEmpty()) {
			return text(actions.get(0), "action_id");
		}
		String actionId = text(interaction, "action_id");
		if (actionId != null) {
			return actionId;
		}
		String viewCallbackId = text(interaction.path("view"), "callback_id");
		return (viewCallbackId != null && !viewCallbackId.isEmpty()) ? viewCallbackId
				: text(interaction, "callback_id");
	}

	private static @Nullable String channel(JsonNode event) {
		String channel = idOf(event, "channel");
		return (channel != null) ? channel : text(event.path("item"), "channel");
	}

	private static @Nullable String idOf(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isObject() ? text(value, "id") : text(node, field);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
