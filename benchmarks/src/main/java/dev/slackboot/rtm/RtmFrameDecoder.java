package dev.slackboot.rtm;

import dev.slackboot.model.SlackEvent;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to what {@code RtmConnection} does with a text frame: parse its UTF-8 bytes into a tree (through
 * a {@link ByteBufInputStream} over the frame's buffer; here the wrapper of a byte array stands for Reactor Netty's
 * buffer), skip replies and control frames, and make the {@link SlackEvent} with {@link RtmEvents}. It lives in the
 * client's package (a split package on the class path) to reach package-private code without widening the
 * library's API.
 */
public final class RtmFrameDecoder {

	private final JsonMapper jsonMapper;

	private final RtmEvents events;

	private final RtmSession session;

	/**
	 * Creates a decoder for a session of the given team and bot.
	 * @param jsonMapper the mapper the client reads frames with
	 * @param teamId the team of the session
	 * @param userId the bot user of the session
	 */
	public RtmFrameDecoder(JsonMapper jsonMapper, String teamId, String userId) {
		this.jsonMapper = jsonMapper;
		this.events = new RtmEvents(jsonMapper);
		this.session = new RtmSession("ws://127.0.0.1/rtm", userId, "bench-bot", null, teamId, "Bench",
				jsonMapper.createObjectNode());
	}

	/**
	 * Decodes a frame as the RTM connection does.
	 * @param frame the frame's UTF-8 bytes
	 * @return the event, or {@code null} for a reply or a control frame
	 */
	public @Nullable SlackEvent decode(byte[] frame) {
		JsonNode tree = this.jsonMapper.readTree(new ByteBufInputStream(Unpooled.wrappedBuffer(frame)));
		JsonNode type = tree.path("type");
		if (tree.get("reply_to") != null || !type.isString() || "pong".equals(type.asString())
				|| "hello".equals(type.asString())) {
			return null;
		}
		return this.events.event(tree, this.session);
	}

}
