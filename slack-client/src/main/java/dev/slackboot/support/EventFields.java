package dev.slackboot.support;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The fields an event is routed by, read from its JSON with a streaming parser: nothing else of the event is
 * kept, and no tree is built.
 *
 * @param type the {@code type}
 * @param subtype the {@code subtype}
 * @param channel the {@code channel} (or its {@code id} when it is an object, or {@code item.channel})
 * @param user the {@code user} (or its {@code id} when it is an object)
 * @param botId the {@code bot_id}
 * @param team the {@code team}
 * @param reply whether the object has a {@code reply_to} (an RTM reply to a message the app sent)
 */
public record EventFields(@Nullable String type, @Nullable String subtype, @Nullable String channel,
		@Nullable String user, @Nullable String botId, @Nullable String team, boolean reply) {

	/**
	 * Only tokenizes, so it needs none of an application mapper's settings; its buffers are recycled per thread
	 * (transports read on their event loops), which spares a parser the shared pool and the deserialization
	 * context that a mapper's parsers come with.
	 */
	private static final JsonFactory SCANNING = JsonFactory.builder()
		.recyclerPool(JsonRecyclerPools.threadLocalPool())
		.build();

	/**
	 * Returns a parser that reads a frame's fields.
	 * @param frame the frame's UTF-8 bytes
	 * @return the parser, to close after use
	 */
	public static JsonParser parser(byte[] frame) {
		return SCANNING.createParser(ObjectReadContext.empty(), frame);
	}

	/**
	 * Reads the fields of the object the parser is at, and moves the parser past it.
	 * @param parser a parser at the {@code START_OBJECT} of the event
	 * @return the fields
	 */
	public static EventFields read(JsonParser parser) {
		String type = null;
		String subtype = null;
		String channel = null;
		String itemChannel = null;
		String user = null;
		String botId = null;
		String team = null;
		boolean reply = false;
		String name;
		while ((name = parser.nextName()) != null) {
			parser.nextToken();
			switch (name) {
				case "type" -> type = string(parser);
				case "subtype" -> subtype = string(parser);
				case "channel" -> channel = stringOrId(parser, "id");
				case "user" -> user = stringOrId(parser, "id");
				case "bot_id" -> botId = string(parser);
				case "team" -> team = string(parser);
				case "item" -> itemChannel = idIn(parser, "channel");
				case "reply_to" -> {
					reply = true;
					parser.skipChildren();
				}
				default -> parser.skipChildren();
			}
		}
		return new EventFields(type, subtype, (channel != null) ? channel : itemChannel, user, botId, team, reply);
	}

	/**
	 * Returns the text value the parser is at, skipping any other value.
	 * @param parser a parser at a value
	 * @return the text, or {@code null} when the value is not a string
	 */
	public static @Nullable String string(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		parser.skipChildren();
		return null;
	}

	private static @Nullable String stringOrId(JsonParser parser, String idField) {
		return (parser.currentToken() == JsonToken.START_OBJECT) ? idIn(parser, idField) : string(parser);
	}

	private static @Nullable String idIn(JsonParser parser, String field) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			parser.skipChildren();
			return null;
		}
		String value = null;
		String name;
		while ((name = parser.nextName()) != null) {
			parser.nextToken();
			if (field.equals(name)) {
				value = string(parser);
			}
			else {
				parser.skipChildren();
			}
		}
		return value;
	}

}
