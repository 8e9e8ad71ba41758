package dev.slackboot.socket;

import dev.slackboot.model.SlackEvent;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to what {@code SocketModeConnection} does with a text frame: copy its bytes out of the frame's
 * buffer, read the fields it acts on without building a tree and, for an envelope, make the {@link SlackEvent} with
 * {@link SocketModeEvents}. It lives in the client's package (a split package on the class path) to reach
 * package-private code without widening the library's API.
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
		byte[] copy = ByteBufUtil.getBytes(Unpooled.wrappedBuffer(frame));
		SocketModeEnvelope envelope = SocketModeEnvelope.read(copy);
		if (envelope == null || envelope.envelopeId() == null) {
			return null;
		}
		return SocketModeEvents.event(copy, envelope, this.jsonMapper);
	}

}
