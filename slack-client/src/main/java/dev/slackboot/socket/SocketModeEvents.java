package dev.slackboot.socket;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackEventJson;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.support.EventFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Socket Mode envelopes into {@link SlackEvent}s (see {@link SlackSocketModeClient} for the mapping of each
 * envelope type).
 */
final class SocketModeEvents {

	/**
	 * The envelope type of Events API events.
	 */
	static final String EVENTS_API = "events_api";

	/**
	 * The envelope type of slash commands, also the event type they are delivered as.
	 */
	static final String SLASH_COMMANDS = "slash_commands";

	/**
	 * The envelope type of interactions (buttons, menus, modals, shortcuts).
	 */
	static final String INTERACTIVE = "interactive";

	private SocketModeEvents() {
	}

	/**
	 * Returns the event an envelope frame carries: an Events API event straight from the fields read from the
	 * frame, its tree read from the bytes only if somebody asks for it; other envelopes from the frame's tree.
	 * @param frame the envelope frame's UTF-8 bytes, not changed afterwards
	 * @param envelope the fields read from it, with an {@code envelope_id}
	 * @param jsonMapper reads the frame into a tree
	 * @return the event
	 */
	static SlackEvent event(byte[] frame, SocketModeEnvelope envelope, JsonMapper jsonMapper) {
		EventFields event = envelope.event();
		if (!EVENTS_API.equals(envelope.type()) || event == null) {
			return event(jsonMapper.readTree(frame));
		}
		String type = event.type();
		String team = event.team();
		return new SlackEvent((type != null && !type.isEmpty()) ? type : EVENTS_API, event.subtype(), event.channel(),
				event.user(), event.botId(), (team != null) ? team : envelope.teamId(), envelope.eventId(),
				SlackTransport.SOCKET_MODE, envelope.envelopeId(), envelope.retryAttempt(), envelope.retryReason(),
				SlackEventJson.ofBytes(frame, jsonMapper, "payload", "event"));
	}

	/**
	 * Returns the event an envelope carries.
	 * @param envelope the envelope frame, with an {@code envelope_id}
	 * @return the event
	 */
	static SlackEvent event(JsonNode envelope) {
		String envelopeType = envelope.path("type").asString("");
		JsonNode payload = envelope.path("payload");
		String envelopeId = text(envelope, "envelope_id");
		int retryAttempt = envelope.path("retry_attempt").asInt(0);
		String retryReason = text(envelope, "retry_reason");
		retryReason = (retryReason != null && !retryReason.isEmpty()) ? retryReason : null;
		return switch (envelopeType) {
			case EVENTS_API -> {
				JsonNode event = payload.path("event");
				event = event.isObject() ? event : payload;
				String team = text(event, "team");
				yield new SlackEvent(typeOr(event, EVENTS_API), text(event, "subtype"), channel(event),
						idOf(event, "user"), text(event, "bot_id"), (team != null) ? team : text(payload, "team_id"),
						text(payload, "event_id"), SlackTransport.SOCKET_MODE, envelopeId, retryAttempt, retryReason,
						event, envelope);
			}
			case SLASH_COMMANDS -> new SlackEvent(SLASH_COMMANDS, text(payload, "command"),
					text(payload, "channel_id"), text(payload, "user_id"), null, text(payload, "team_id"), null,
					SlackTransport.SOCKET_MODE, envelopeId, retryAttempt, retryReason, payload, envelope);
			case INTERACTIVE -> new SlackEvent(typeOr(payload, INTERACTIVE), interactionId(payload),
					interactionChannel(payload), idOf(payload, "user"), null, interactionTeam(payload), null,
					SlackTransport.SOCKET_MODE, envelopeId, retryAttempt, retryReason, payload, envelope);
			default -> new SlackEvent(envelopeType.isEmpty() ? "unknown" : envelopeType, null, null, null, null, null,
					null, SlackTransport.SOCKET_MODE, envelopeId, retryAttempt, retryReason, payload, envelope);
		};
	}

	private static String typeOr(JsonNode node, String fallback) {
		String type = text(node, "type");
		return (type != null && !type.isEmpty()) ? type : fallback;
	}

	/**
	 * The ID an interaction is routed by: the {@code action_id} of the action for {@code block_actions} and
	 * {@code block_suggestion}, the {@code callback_id} of the view for {@code view_submission} and
	 * {@code view_closed}, the {@code callback_id} otherwise (shortcuts, message actions).
	 */
	private static @Nullable String interactionId(JsonNode payload) {
		JsonNode actions = payload.path("actions");
		if (actions.isArray() && !actions.isEmpty()) {
			return text(actions.get(0), "action_id");
		}
		String actionId = text(payload, "action_id");
		if (actionId != null) {
			return actionId;
		}
		String viewCallbackId = text(payload.path("view"), "callback_id");
		return (viewCallbackId != null && !viewCallbackId.isEmpty()) ? viewCallbackId : text(payload, "callback_id");
	}

	private static @Nullable String interactionChannel(JsonNode payload) {
		String channel = idOf(payload, "channel");
		return (channel != null) ? channel : text(payload.path("container"), "channel_id");
	}

	private static @Nullable String interactionTeam(JsonNode payload) {
		String team = idOf(payload, "team");
		return (team != null) ? team : text(payload.path("user"), "team_id");
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
