package dev.slackboot.socket;

import dev.slackboot.support.EventFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fields of a Socket Mode frame that the connection acts on, read with a streaming parser so that no tree is
 * built for an Events API envelope.
 *
 * @param envelopeId the {@code envelope_id}; {@code null} for {@code hello} and {@code disconnect} frames
 * @param type the {@code type} of the frame, empty when it has none
 * @param retryAttempt the {@code retry_attempt}, 0 when absent
 * @param retryReason the {@code retry_reason}, {@code null} when absent or empty
 * @param eventId the {@code payload.event_id}
 * @param teamId the {@code payload.team_id}
 * @param event the routing fields of {@code payload.event}, {@code null} when it is not an object
 */
record SocketModeEnvelope(@Nullable String envelopeId, String type, int retryAttempt, @Nullable String retryReason,
		@Nullable String eventId, @Nullable String teamId, @Nullable EventFields event) {

	/**
	 * Reads a frame.
	 * @param frame the frame's UTF-8 bytes
	 * @return the fields, or {@code null} when the frame is not a JSON object
	 * @throws tools.jackson.core.JacksonException when the frame is not JSON
	 */
	static @Nullable SocketModeEnvelope read(byte[] frame) {
		try (JsonParser parser = EventFields.parser(frame)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			String envelopeId = null;
			String type = null;
			int retryAttempt = 0;
			String retryReason = null;
			Payload payload = Payload.NONE;
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				switch (name) {
					case "envelope_id" -> envelopeId = EventFields.string(parser);
					case "type" -> type = EventFields.string(parser);
					case "retry_attempt" -> retryAttempt = token.isScalarValue() ? parser.getValueAsInt(0) : skip(parser);
					case "retry_reason" -> retryReason = EventFields.string(parser);
					case "payload" -> payload = Payload.read(parser);
					default -> parser.skipChildren();
				}
			}
			return new SocketModeEnvelope(envelopeId, (type != null) ? type : "", retryAttempt,
					(retryReason != null && !retryReason.isEmpty()) ? retryReason : null, payload.eventId(),
					payload.teamId(), payload.event());
		}
	}

	private static int skip(JsonParser parser) {
		parser.skipChildren();
		return 0;
	}

	/**
	 * What the connection reads of the {@code payload} of an envelope.
	 */
	private record Payload(@Nullable String eventId, @Nullable String teamId, @Nullable EventFields event) {

		static final Payload NONE = new Payload(null, null, null);

		static Payload read(JsonParser parser) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				parser.skipChildren();
				return NONE;
			}
			String eventId = null;
			String teamId = null;
			EventFields event = null;
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				switch (name) {
					case "event_id" -> eventId = EventFields.string(parser);
					case "team_id" -> teamId = EventFields.string(parser);
					case "event" -> {
						if (token == JsonToken.START_OBJECT) {
							event = EventFields.read(parser);
						}
						else {
							parser.skipChildren();
						}
					}
					default -> parser.skipChildren();
				}
			}
			return new Payload(eventId, teamId, event);
		}

	}

}
