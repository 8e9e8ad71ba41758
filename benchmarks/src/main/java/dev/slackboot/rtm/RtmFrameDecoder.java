package dev.slackboot.rtm;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.support.EventFields;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to what {@code RtmConnection} does with a text frame: copy its UTF-8 bytes out of the frame's
 * buffer (here the wrapper of a byte array stands for Reactor Netty's buffer), read the fields it is routed by
 * without building a tree, skip replies and control frames, and make the {@link SlackEvent} with
 * {@link RtmEvents}. It lives in the
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
		byte[] copy = ByteBufUtil.getBytes(Unpooled.wrappedBuffer(frame));
		EventFields fields = this.events.fields(copy);
		if (fields == null || fields.reply() || fields.type() == null || "pong".equals(fields.type())
				|| "hello".equals(fields.type())) {
			return null;
		}
		return this.events.event(copy, fields, this.session);
	}

}
