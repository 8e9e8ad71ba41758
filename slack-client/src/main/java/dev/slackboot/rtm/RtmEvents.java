package dev.slackboot.rtm;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackEventJson;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.support.EventFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns RTM frames into {@link SlackEvent}s, and makes the {@code open}, {@code close} and {@code error}
 * pseudo-events that Slack's Python SDK also emits.
 */
final class RtmEvents {

	/**
	 * The type of the pseudo-event emitted when a connection opened; its event is the connect answer.
	 */
	static final String OPEN = "open";

	/**
	 * The type of the pseudo-event emitted when a connection closed.
	 */
	static final String CLOSE = "close";

	/**
	 * The type of the pseudo-event emitted when connecting failed or a connection broke.
	 */
	static final String ERROR = "error";

	private final JsonMapper jsonMapper;

	RtmEvents(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Reads the fields a frame is routed by, without building a tree.
	 * @param frame the frame's UTF-8 bytes
	 * @return the fields, or {@code null} when the frame is not a JSON object
	 * @throws tools.jackson.core.JacksonException when the frame is not JSON
	 */
	@Nullable EventFields fields(byte[] frame) {
		try (JsonParser parser = EventFields.parser(frame)) {
			return (parser.nextToken() == JsonToken.START_OBJECT) ? EventFields.read(parser) : null;
		}
	}

	/**
	 * Returns the event a frame carries; its tree is read from the bytes only if somebody asks for it.
	 * @param frame the frame's UTF-8 bytes, not changed afterwards
	 * @param fields the fields read from it, with a {@code type}
	 * @param session the session it arrived on
	 * @return the event
	 */
	SlackEvent event(byte[] frame, EventFields fields, RtmSession session) {
		String team = fields.team();
		return new SlackEvent(String.valueOf(fields.type()), fields.subtype(), fields.channel(), fields.user(),
				fields.botId(), (team != null) ? team : session.teamId(), null, SlackTransport.RTM, null, 0, null,
				SlackEventJson.ofBytes(frame, this.jsonMapper));
	}

	/**
	 * Returns the {@code open} pseudo-event: the connect answer ({@code self}, {@code team}, ...) without the
	 * socket URL.
	 * @param session the session that opened
	 * @return the event
	 */
	SlackEvent open(RtmSession session) {
		ObjectNode event = session.response().deepCopy();
		event.put("type", OPEN);
		return pseudoEvent(OPEN, session.userId(), session.teamId(), event);
	}

	/**
	 * Returns the {@code close} pseudo-event.
	 * @param code the WebSocket close status, if known
	 * @param reason the close reason, if known
	 * @param session the session that closed
	 * @return the event
	 */
	SlackEvent close(@Nullable Integer code, @Nullable String reason, RtmSession session) {
		ObjectNode event = this.jsonMapper.createObjectNode().put("type", CLOSE);
		if (code != null) {
			event.put("code", code);
		}
		if (reason != null && !reason.isEmpty()) {
			event.put("reason", reason);
		}
		return pseudoEvent(CLOSE, session.userId(), session.teamId(), event);
	}

	/**
	 * Returns the {@code error} pseudo-event, shaped like Slack's own RTM {@code error} frames.
	 * @param failure the failure
	 * @param session the session it happened on, {@code null} when connecting failed
	 * @return the event
	 */
	SlackEvent error(Throwable failure, @Nullable RtmSession session) {
		ObjectNode event = this.jsonMapper.createObjectNode().put("type", ERROR);
		ObjectNode error = event.putObject("error");
		error.put("msg", String.valueOf(failure.getMessage()));
		error.put("exception", failure.getClass().getName());
		return pseudoEvent(ERROR, (session != null) ? session.userId() : null,
				(session != null) ? session.teamId() : null, event);
	}

	private static SlackEvent pseudoEvent(String type, @Nullable String user, @Nullable String team,
			ObjectNode event) {
		return new SlackEvent(type, null, null, user, null, team, null, SlackTransport.RTM, null, 0, null, event,
				event);
	}

}
