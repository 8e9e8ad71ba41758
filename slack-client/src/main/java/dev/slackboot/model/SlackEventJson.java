package dev.slackboot.model;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON an event arrived in: the whole frame or request body (the payload) and the event object inside it.
 * Either a tree, or the UTF-8 bytes as received, read into a tree only when somebody asks for one, so that a
 * listener taking a typed event binds it straight from the bytes and no tree is built.
 */
public final class SlackEventJson {

	private final byte @Nullable [] bytes;

	private final @Nullable JsonMapper jsonMapper;

	private final List<String> eventPath;

	private volatile @Nullable JsonNode payload;

	private volatile @Nullable JsonNode event;

	private SlackEventJson(byte @Nullable [] bytes, @Nullable JsonMapper jsonMapper, List<String> eventPath,
			@Nullable JsonNode payload, @Nullable JsonNode event) {
		this.bytes = bytes;
		this.jsonMapper = jsonMapper;
		this.eventPath = eventPath;
		this.payload = payload;
		this.event = event;
	}

	/**
	 * Returns the JSON of an event already read into a tree.
	 * @param event the event object
	 * @param payload the whole frame or body the event arrived in
	 * @return the JSON
	 */
	public static SlackEventJson ofTree(JsonNode event, JsonNode payload) {
		return new SlackEventJson(null, null, List.of(), payload, event);
	}

	/**
	 * Returns the JSON of an event as received; the caller must not change the bytes afterwards.
	 * @param bytes the UTF-8 bytes of the whole frame or body
	 * @param jsonMapper reads them into a tree when asked
	 * @param eventPath the fields that lead from the payload to the event object, none when the payload is the
	 * event; each must hold an object
	 * @return the JSON
	 */
	public static SlackEventJson ofBytes(byte[] bytes, JsonMapper jsonMapper, String... eventPath) {
		return new SlackEventJson(bytes, jsonMapper, List.of(eventPath), null, null);
	}

	/**
	 * Returns the whole frame or body, read into a tree on first use.
	 * @return the payload
	 */
	public JsonNode payload() {
		JsonNode payload = this.payload;
		if (payload == null) {
			payload = readTree();
			this.payload = payload;
		}
		return payload;
	}

	/**
	 * Returns the event object, read into a tree on first use.
	 * @return the event
	 */
	public JsonNode event() {
		JsonNode event = this.event;
		if (event == null) {
			event = payload();
			for (String field : this.eventPath) {
				event = event.path(field);
			}
			this.event = event;
		}
		return event;
	}

	/**
	 * Reads the event object with the given reader: from the tree once there is one, otherwise straight from the
	 * bytes, where what follows the event object in its payload is not read (pass a reader without
	 * {@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS} to save deriving one per call).
	 * @param <T> the type read
	 * @param reader the reader of the type
	 * @return the value
	 */
	public <T> T readEvent(ObjectReader reader) {
		JsonNode event = this.event;
		byte[] bytes = this.bytes;
		if (event != null || bytes == null) {
			return reader.readValue(event());
		}
		ObjectReader objectReader = reader.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				? reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) : reader;
		try (JsonParser parser = objectReader.createParser(bytes)) {
			parser.nextToken();
			for (String field : this.eventPath) {
				moveInto(parser, field);
			}
			return objectReader.readValue(parser);
		}
	}

	private static void moveInto(JsonParser parser, String field) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			boolean match = field.equals(parser.currentName());
			if (parser.nextToken() == JsonToken.START_OBJECT && match) {
				return;
			}
			parser.skipChildren();
		}
		throw new IllegalStateException("The event JSON has no '" + field + "' object");
	}

	private JsonNode readTree() {
		JsonMapper jsonMapper = this.jsonMapper;
		byte[] bytes = this.bytes;
		if (jsonMapper == null || bytes == null) {
			throw new IllegalStateException("The event JSON has neither a tree nor bytes");
		}
		return jsonMapper.readTree(bytes);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof SlackEventJson json && payload().equals(json.payload())
				&& event().equals(json.event()));
	}

	@Override
	public int hashCode() {
		return payload().hashCode();
	}

	@Override
	public String toString() {
		byte[] bytes = this.bytes;
		return "SlackEventJson[" + ((bytes != null) ? bytes.length + " bytes, event at " + this.eventPath
				: "tree") + "]";
	}

}
