package dev.slackboot.rtm;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.support.EventFields;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RtmEvents}: the fields a dispatcher routes on, taken from the shapes Slack's RTM events have.
 */
class RtmEventsTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final RtmEvents events = new RtmEvents(MAPPER);

	private final RtmSession session = new RtmSession("wss://example.invalid/ticket", "U0BOT", "bot", "B0BOT", "T1",
			"Team", (ObjectNode) MAPPER.readTree("{\"ok\":true,\"self\":{\"id\":\"U0BOT\"},\"team\":{\"id\":\"T1\"}}"));

	@Test
	void messageEvent() {
		SlackEvent event = event("{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"C1\","
				+ "\"user\":\"U1\",\"bot_id\":\"B1\",\"team\":\"T2\",\"text\":\"hi\",\"ts\":\"1.2\"}");
		assertThat(event.type()).isEqualTo("message");
		assertThat(event.subtype()).isEqualTo("bot_message");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.botId()).isEqualTo("B1");
		assertThat(event.team()).isEqualTo("T2");
		assertThat(event.eventId()).isNull();
		assertThat(event.transport()).isEqualTo(SlackTransport.RTM);
		assertThat(event.retryAttempt()).isZero();
	}

	@Test
	void reactionEventTakesTheChannelOfItsItem() {
		SlackEvent event = event("{\"type\":\"reaction_added\",\"user\":\"U1\",\"reaction\":\"tada\","
				+ "\"item_user\":\"U2\",\"item\":{\"type\":\"message\",\"channel\":\"C9\",\"ts\":\"1.2\"}}");
		assertThat(event.channel()).isEqualTo("C9");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).as("the session's team").isEqualTo("T1");
	}

	@Test
	void channelAndUserObjectsGiveTheirIds() {
		assertThat(event("{\"type\":\"channel_created\",\"channel\":{\"id\":\"C7\",\"name\":\"new\"}}").channel())
			.isEqualTo("C7");
		assertThat(event("{\"type\":\"user_change\",\"user\":{\"id\":\"U7\",\"name\":\"ann\"}}").user())
			.isEqualTo("U7");
	}

	@Test
	void openEventIsTheConnectAnswerWithoutTheSocketUrl() {
		SlackEvent open = this.events.open(this.session);
		assertThat(open.type()).isEqualTo("open");
		assertThat(open.event().path("self").path("id").asString()).isEqualTo("U0BOT");
		assertThat(open.event().toString()).doesNotContain("ticket");
		assertThat(open.user()).isEqualTo("U0BOT");
		assertThat(open.team()).isEqualTo("T1");
		assertThat(this.session.response().has("type")).as("the session's answer is not changed").isFalse();
	}

	@Test
	void closeAndErrorEvents() {
		SlackEvent close = this.events.close(1006, null, this.session);
		assertThat(close.type()).isEqualTo("close");
		assertThat(close.event().path("code").asInt()).isEqualTo(1006);
		SlackEvent error = this.events.error(new IllegalStateException("boom"), null);
		assertThat(error.type()).isEqualTo("error");
		assertThat(error.event().path("error").path("msg").asString()).isEqualTo("boom");
		assertThat(error.event().path("error").path("exception").asString())
			.isEqualTo(IllegalStateException.class.getName());
	}

	@Test
	void replyIsRecognized() {
		EventFields fields = this.events.fields("{\"ok\":true,\"reply_to\":7,\"ts\":\"1.2\"}".getBytes(UTF_8));
		assertThat(fields).isNotNull();
		assertThat(fields.reply()).isTrue();
		assertThat(this.events.fields("[1,2]".getBytes(UTF_8))).as("not an object").isNull();
	}

	@Test
	void treeIsReadFromTheFrameOnlyWhenAskedFor() {
		SlackEvent event = event("{\"type\":\"message\",\"channel\":\"C1\",\"text\":\"hi\",\"blocks\":[{\"type\":\"x\"}]}");
		assertThat(event.event().path("text").asString()).isEqualTo("hi");
		assertThat(event.payload()).isSameAs(event.event());
		assertThat(event.event().path("blocks").get(0).path("type").asString()).isEqualTo("x");
	}

	private SlackEvent event(String json) {
		byte[] frame = json.getBytes(UTF_8);
		EventFields fields = this.events.fields(frame);
		assertThat(fields).isNotNull();
		SlackEvent event = this.events.event(frame, fields, this.session);
		assertThat(event.event()).isEqualTo(MAPPER.readTree(json));
		return event;
	}

}
