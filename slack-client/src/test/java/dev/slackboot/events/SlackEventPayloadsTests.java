package dev.slackboot.events;

import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SlackEventPayloads}.
 */
class SlackEventPayloadsTests {

	@Test
	void eventCallbackTakesInnerEventAndCallbackIds() {
		JsonNode callback = json("{\"team_id\":\"T1\",\"event_id\":\"Ev1\",\"type\":\"event_callback\","
				+ "\"event\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"C1\",\"bot_id\":\"B1\","
				+ "\"text\":\"hi\",\"ts\":\"1.2\"}}");
		JsonNode envelope = json("{\"envelope_id\":\"e1\",\"payload\":{}}");
		SlackEvent event = SlackEventPayloads.eventCallback(callback, SlackTransport.SOCKET_MODE, "e1", 2,
				"timeout", envelope);
		assertThat(event.type()).isEqualTo("message");
		assertThat(event.subtype()).isEqualTo("bot_message");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isNull();
		assertThat(event.botId()).isEqualTo("B1");
		assertThat(event.team()).as("the callback's team_id when the event has none").isEqualTo("T1");
		assertThat(event.eventId()).isEqualTo("Ev1");
		assertThat(event.transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(event.envelopeId()).isEqualTo("e1");
		assertThat(event.retryAttempt()).isEqualTo(2);
		assertThat(event.retryReason()).isEqualTo("timeout");
		assertThat(event.event().path("text").asString()).isEqualTo("hi");
		assertThat(event.payload()).isSameAs(envelope);
	}

	@Test
	void eventCallbackFindsChannelAndUserInObjectsAndItems() {
		SlackEvent created = SlackEventPayloads.eventCallback(json("{\"team_id\":\"T1\",\"event_id\":\"Ev2\","
				+ "\"event\":{\"type\":\"channel_created\",\"channel\":{\"id\":\"C9\",\"name\":\"new\","
				+ "\"creator\":\"U1\"}}}"), SlackTransport.EVENTS_API, null, 0, null, json("{}"));
		assertThat(created.channel()).isEqualTo("C9");
		SlackEvent reaction = SlackEventPayloads.eventCallback(json("{\"event_id\":\"Ev3\",\"event\":{\"type\":"
				+ "\"reaction_added\",\"user\":\"U2\",\"reaction\":\"tada\",\"item\":{\"type\":\"message\","
				+ "\"channel\":\"C4\",\"ts\":\"1.2\"},\"team\":\"T2\"}}"), SlackTransport.EVENTS_API, null, 0, null,
				json("{}"));
		assertThat(reaction.channel()).isEqualTo("C4");
		assertThat(reaction.user()).isEqualTo("U2");
		assertThat(reaction.team()).as("the event's own team").isEqualTo("T2");
		SlackEvent joined = SlackEventPayloads.eventCallback(json("{\"event_id\":\"Ev4\",\"event\":{\"type\":"
				+ "\"team_join\",\"user\":{\"id\":\"U7\",\"name\":\"carol\"}}}"), SlackTransport.EVENTS_API, null, 0,
				null, json("{}"));
		assertThat(joined.user()).isEqualTo("U7");
		assertThat(joined.channel()).isNull();
	}

	@Test
	void eventCallbackWithoutEventTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SlackEventPayloads.eventCallback(
				json("{\"event_id\":\"Ev5\"}"), SlackTransport.EVENTS_API, null, 0, null, json("{}")));
		assertThatIllegalArgumentException().isThrownBy(() -> SlackEventPayloads.eventCallback(
				json("{\"event_id\":\"Ev5\",\"event\":{\"channel\":\"C1\"}}"), SlackTransport.EVENTS_API, null, 0,
				null, json("{}")));
	}

	@Test
	void slashCommandIsTypedSlashCommandsWithCommandAsSubtype() {
		JsonNode command = json("{\"command\":\"/deploy\",\"text\":\"api\",\"channel_id\":\"C1\",\"user_id\":\"U1\","
				+ "\"team_id\":\"T1\",\"response_url\":\"https://hooks.slack.com/commands/1\"}");
		SlackEvent event = SlackEventPayloads.slashCommand(command, SlackTransport.SOCKET_MODE, "e2", json("{}"));
		assertThat(event.type()).isEqualTo("slash_commands");
		assertThat(event.subtype()).isEqualTo("/deploy");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).isEqualTo("T1");
		assertThat(event.eventId()).isNull();
		assertThat(event.envelopeId()).isEqualTo("e2");
		assertThat(event.event()).isSameAs(command);
		assertThatIllegalArgumentException().isThrownBy(() -> SlackEventPayloads
			.slashCommand(json("{\"text\":\"api\"}"), SlackTransport.SOCKET_MODE, null, json("{}")));
	}

	@Test
	void interactionIsTypedByPayloadTypeWithRoutingIdAsSubtype() {
		SlackEvent actions = SlackEventPayloads.interaction(json("{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\","
				+ "\"team_id\":\"T1\"},\"team\":{\"id\":\"T1\"},\"channel\":{\"id\":\"C1\"},\"actions\":"
				+ "[{\"action_id\":\"approve\",\"type\":\"button\"},{\"action_id\":\"other\"}]}"),
				SlackTransport.EVENTS_API, null, json("{}"));
		assertThat(actions.type()).isEqualTo("block_actions");
		assertThat(actions.subtype()).isEqualTo("approve");
		assertThat(actions.channel()).isEqualTo("C1");
		assertThat(actions.user()).isEqualTo("U1");
		assertThat(actions.team()).isEqualTo("T1");
		SlackEvent submission = SlackEventPayloads.interaction(json("{\"type\":\"view_submission\","
				+ "\"user\":{\"id\":\"U2\",\"team_id\":\"T2\"},\"team\":null,\"view\":{\"id\":\"V1\"}}"),
				SlackTransport.EVENTS_API, null, json("{}"));
		assertThat(submission.type()).isEqualTo("view_submission");
		assertThat(submission.subtype()).isNull();
		assertThat(submission.channel()).isNull();
		assertThat(submission.team()).isEqualTo("T2");
		SlackEvent homeAction = SlackEventPayloads.interaction(json("{\"type\":\"block_actions\","
				+ "\"user\":{\"id\":\"U3\"},\"container\":{\"type\":\"message\",\"channel_id\":\"C8\"}}"),
				SlackTransport.EVENTS_API, null, json("{}"));
		assertThat(homeAction.channel()).isEqualTo("C8");
		SlackEvent modal = SlackEventPayloads.interaction(json("{\"type\":\"view_submission\",\"user\":{\"id\":"
				+ "\"U4\"},\"view\":{\"id\":\"V2\",\"callback_id\":\"deploy_form\"}}"), SlackTransport.EVENTS_API,
				null, json("{}"));
		assertThat(modal.subtype()).isEqualTo("deploy_form");
		SlackEvent shortcut = SlackEventPayloads.interaction(json("{\"type\":\"shortcut\",\"callback_id\":"
				+ "\"open_ticket\",\"user\":{\"id\":\"U5\"}}"), SlackTransport.EVENTS_API, null, json("{}"));
		assertThat(shortcut.subtype()).isEqualTo("open_ticket");
		assertThatIllegalArgumentException().isThrownBy(() -> SlackEventPayloads
			.interaction(json("{\"actions\":[]}"), SlackTransport.EVENTS_API, null, json("{}")));
	}

	private static JsonNode json(String json) {
		return TestEvents.MAPPER.readTree(json);
	}

}
