package dev.slackboot.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.Assert;

/**
 * Realistic, pre-serialised {@code message} events, built once so that serving them costs the load server nothing
 * but the write: each event is 500 to 700 bytes of JSON as Slack sends it (text, rich-text blocks, team, channel
 * type, client message ID), spread over {@value #CHANNELS} channels and {@value #USERS} users. The same events
 * come as RTM frames (the bare event) and as Socket Mode {@code events_api} envelopes (with a unique envelope ID
 * and event ID each, so that no event is dropped as a redelivery).
 */
public final class EventFrames {

	/**
	 * The number of channels the events are spread over.
	 */
	public static final int CHANNELS = 24;

	/**
	 * The number of users who post the events.
	 */
	public static final int USERS = 40;

	/**
	 * The workspace ID in every event.
	 */
	public static final String TEAM_ID = "T0BENCH001";

	/**
	 * The app ID in every envelope.
	 */
	public static final String APP_ID = "A0BENCH001";

	/**
	 * The bot user the app runs as.
	 */
	public static final String BOT_USER_ID = "U0BENCHBOT";

	private static final int MIN_BYTES = 500;

	private static final int MAX_BYTES = 700;

	private static final long FIRST_TS = 1_767_225_600L;

	private static final String[] WORDS = { "the", "deploy", "build", "is", "green", "again", "can", "someone",
			"review", "my", "pull", "request", "please", "thanks", "hello", "team", "lunch", "at", "noon", "release",
			"notes", "are", "up", "incident", "resolved", "staging", "looks", "good", "to", "me", "ship", "it",
			"tomorrow", "meeting", "moved", "ticket", "backlog", "sprint", "demo", "retro" };

	private final List<byte[]> rtmFrames;

	private final List<byte[]> socketModeFrames;

	private final int minBytes;

	private final int maxBytes;

	private EventFrames(List<byte[]> rtmFrames, List<byte[]> socketModeFrames, int minBytes, int maxBytes) {
		this.rtmFrames = rtmFrames;
		this.socketModeFrames = socketModeFrames;
		this.minBytes = minBytes;
		this.maxBytes = maxBytes;
	}

	/**
	 * Builds the frames of the given number of events, the same for the same count.
	 * @param count the number of events
	 * @return the frames
	 */
	public static EventFrames generate(int count) {
		Assert.isTrue(count > 0, "count must be positive");
		JsonMapper mapper = JsonMapper.builder().build();
		Random random = new Random(20260101L);
		byte[][] rtm = new byte[count][];
		byte[][] socketMode = new byte[count][];
		int min = Integer.MAX_VALUE;
		int max = 0;
		for (int i = 0; i < count; i++) {
			ObjectNode event = event(mapper, random, i);
			byte[] rtmFrame = rtmFrame(mapper, event);
			rtm[i] = rtmFrame;
			socketMode[i] = mapper.writeValueAsBytes(envelope(mapper, event, i));
			min = Math.min(min, rtmFrame.length);
			max = Math.max(max, rtmFrame.length);
		}
		return new EventFrames(List.of(rtm), List.of(socketMode), min, max);
	}

	/**
	 * Returns the RTM frames: one {@code message} event each.
	 * @return the frames, UTF-8 JSON
	 */
	public List<byte[]> rtmFrames() {
		return this.rtmFrames;
	}

	/**
	 * Returns the Socket Mode frames: one {@code events_api} envelope each.
	 * @return the frames, UTF-8 JSON
	 */
	public List<byte[]> socketModeFrames() {
		return this.socketModeFrames;
	}

	/**
	 * Returns the number of events.
	 * @return the count
	 */
	public int count() {
		return this.rtmFrames.size();
	}

	/**
	 * Describes the size of the events.
	 * @return e.g. {@code 512-698 bytes per event}
	 */
	public String describe() {
		return this.minBytes + "-" + this.maxBytes + " bytes per RTM event";
	}

	private static ObjectNode event(JsonMapper mapper, Random random, int index) {
		String channel = "C0BENCH" + padded(index % CHANNELS, 3);
		String user = "U0USER" + padded(random.nextInt(USERS), 4);
		String ts = (FIRST_TS + index / 1000) + "." + padded(index % 1000 * 100 + random.nextInt(100), 6);
		String clientMessageId = new UUID(random.nextLong(), random.nextLong()).toString();
		int targetBytes = MIN_BYTES + 10 + random.nextInt(MAX_BYTES - MIN_BYTES - 20);
		int withoutText = rtmFrame(mapper, build(mapper, clientMessageId, channel, user, ts, "")).length;
		int textLength = (targetBytes - withoutText) / 2;
		StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
		while (text.length() < textLength) {
			text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
		}
		text.setLength(Math.max(1, textLength));
		return build(mapper, clientMessageId, channel, user, ts, text.toString().strip());
	}

	private static ObjectNode build(JsonMapper mapper, String clientMessageId, String channel, String user, String ts,
			String text) {
		ObjectNode event = mapper.createObjectNode();
		event.put("client_msg_id", clientMessageId);
		event.put("type", "message");
		event.put("text", text);
		event.put("user", user);
		event.put("ts", ts);
		ArrayNode blocks = event.putArray("blocks");
		ObjectNode block = blocks.addObject().put("type", "rich_text").put("block_id", "b" + (ts.hashCode() & 0xffff));
		block.putArray("elements")
			.addObject()
			.put("type", "rich_text_section")
			.putArray("elements")
			.addObject()
			.put("type", "text")
			.put("text", text);
		event.put("team", TEAM_ID);
		event.put("source_team", TEAM_ID);
		event.put("user_team", TEAM_ID);
		event.put("channel", channel);
		event.put("event_ts", ts);
		event.put("channel_type", "channel");
		return event;
	}

	private static String padded(int value, int digits) {
		String text = Integer.toString(value);
		return "0".repeat(Math.max(0, digits - text.length())) + text;
	}

	private static byte[] rtmFrame(JsonMapper mapper, ObjectNode event) {
		return mapper.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
	}

	private static ObjectNode envelope(JsonMapper mapper, ObjectNode rtmEvent, int index) {
		ObjectNode event = rtmEvent.deepCopy();
		event.remove("source_team");
		event.remove("user_team");
		ObjectNode envelope = mapper.createObjectNode();
		envelope.put("envelope_id", new UUID(0x5EED_0000_0000_0000L, index).toString());
		ObjectNode payload = envelope.putObject("payload");
		payload.put("token", "bench-verification-token");
		payload.put("team_id", TEAM_ID);
		payload.put("context_team_id", TEAM_ID);
		payload.putNull("context_enterprise_id");
		payload.put("api_app_id", APP_ID);
		payload.set("event", event);
		payload.put("type", "event_callback");
		payload.put("event_id", "Ev0BENCH" + padded(index, 8));
		payload.put("event_time", FIRST_TS + index / 1000);
		payload.putArray("authorizations")
			.addObject()
			.putNull("enterprise_id")
			.put("team_id", TEAM_ID)
			.put("user_id", BOT_USER_ID)
			.put("is_bot", true)
			.put("is_enterprise_install", false);
		payload.put("is_ext_shared_channel", false);
		payload.put("event_context", "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMEJFTkNIMDAxIiwiYWlkIjoiQTBCRU5DSDAwMSJ9");
		envelope.put("type", "events_api");
		envelope.put("accepts_response_payload", false);
		envelope.put("retry_attempt", 0);
		envelope.put("retry_reason", "");
		return envelope;
	}

}
