package dev.slackboot.socket;

import java.nio.charset.StandardCharsets;

import dev.slackboot.model.SlackEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to what {@code SocketModeConnection} does with a text frame: decode it, parse it into a tree and,
 * for an envelope, make the {@link SlackEvent} with {@link SocketModeEvents}. It lives in the client's package (a
 * split package on the class path) to reach package-private code without widening the library's API.
 */
public final class SocketModeFrameDecoder {

	private final JsonMapper jsonMapper;

	/**
	 * Creates a decoder.
	 * @param jsonMapper the mapper the client reads frames with
	 */
	public SocketModeFrameDecoder(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Decodes a frame as the Socket Mode connection does.
	 * @param frame the frame's UTF-8 bytes
	 * @return the event, or {@code null} for a frame that is not an envelope
	 */
	public @Nullable SlackEvent decode(byte[] frame) {
		JsonNode tree = this.jsonMapper.readTree(new String(frame, StandardCharsets.UTF_8));
		if (!tree.path("envelope_id").isString()) {
			return null;
		}
		return SocketModeEvents.event(tree);
	}

}
