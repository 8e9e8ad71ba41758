package dev.slackboot.model;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link SlackEventJson}: an event kept as the bytes it arrived as gives the same tree and the same typed value
 * as one read into a tree, wherever the event sits in its payload.
 */
class SlackEventJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final ObjectReader MESSAGE_READER = MAPPER.readerFor(MessageEvent.class)
		.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private static final String ENVELOPE = """
			{"envelope_id":"e1","type":"events_api","payload":{"team_id":"T1","event_id":"Ev1","authorizations":[{"a":1}],
			 "event":{"type":"message","channel":"C1","user":"U1","text":"héllo \\"you\\"","ts":"1.2",
			 "blocks":[{"type":"rich_text","elements":[]}],"edited":{"user":"U1","ts":"1.3"}},"event_time":1}}""";

	@Test
	void typedEventReadFromTheBytesEqualsTheOneReadFromTheTree() {
		SlackEventJson bytes = SlackEventJson.ofBytes(ENVELOPE.getBytes(StandardCharsets.UTF_8), MAPPER, "payload",
				"event");
		JsonNode tree = MAPPER.readTree(ENVELOPE);
		SlackEventJson trees = SlackEventJson.ofTree(tree.path("payload").path("event"), tree);
		MessageEvent fromBytes = bytes.readEvent(MESSAGE_READER);
		MessageEvent fromTree = trees.readEvent(MESSAGE_READER);
		assertThat(fromBytes).isEqualTo(fromTree);
		assertThat(fromBytes.text()).isEqualTo("héllo \"you\"");
		assertThat(fromBytes.blocks()).hasSize(1);
	}

	@Test
	void treeIsReadOnFirstUseAndThenKept() {
		SlackEventJson json = SlackEventJson.ofBytes(ENVELOPE.getBytes(StandardCharsets.UTF_8), MAPPER, "payload",
				"event");
		JsonNode event = json.event();
		assertThat(event.path("ts").asString()).isEqualTo("1.2");
		assertThat(json.event()).isSameAs(event);
		assertThat(json.payload().path("payload").path("event")).isSameAs(event);
		assertThat(json).isEqualTo(SlackEventJson.ofTree(event, MAPPER.readTree(ENVELOPE)));
	}

	@Test
	void eventThatIsThePayload() {
		String frame = "{\"type\":\"message\",\"channel\":\"C1\",\"text\":\"hi\"}";
		SlackEventJson json = SlackEventJson.ofBytes(frame.getBytes(StandardCharsets.UTF_8), MAPPER);
		assertThat(json.<MessageEvent>readEvent(MESSAGE_READER).text()).isEqualTo("hi");
		assertThat(json.event()).isSameAs(json.payload());
	}

	@Test
	void missingEventObjectIsReported() {
		SlackEventJson json = SlackEventJson.ofBytes("{\"payload\":{\"event\":3}}".getBytes(StandardCharsets.UTF_8),
				MAPPER, "payload", "event");
		assertThatIllegalStateException().isThrownBy(() -> json.readEvent(MESSAGE_READER))
			.withMessageContaining("no 'event' object");
	}

}
