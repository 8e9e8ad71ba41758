package dev.slackboot.socket;

import java.nio.charset.StandardCharsets;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SocketModeEvents}: how each kind of Socket Mode envelope becomes a {@link SlackEvent}, so that listeners
 * can select it by type, subtype and channel.
 */
class SocketModeEventsTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void anEventsApiEnvelopeIsItsInnerEventWithTheCallbacksEventIdAndTheRetry() {
		SlackEvent event = event("""
				{"envelope_id":"e1","type":"events_api","accepts_response_payload":false,"retry_attempt":2,
				 "retry_reason":"timeout","payload":{"team_id":"T1","api_app_id":"A1","type":"event_callback",
				 "event_id":"Ev9","event":{"type":"message","subtype":"bot_message","channel":"C1","bot_id":"B1",
				 "text":"hi","ts":"1.2"}}}""");
		assertThat(event.type()).isEqualTo("message");
		assertThat(event.subtype()).isEqualTo("bot_message");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.botId()).isEqualTo("B1");
		assertThat(event.user()).isNull();
		assertThat(event.team()).as("the callback's team when the event has none").isEqualTo("T1");
		assertThat(event.eventId()).isEqualTo("Ev9");
		assertThat(event.envelopeId()).isEqualTo("e1");
		assertThat(event.retryAttempt()).isEqualTo(2);
		assertThat(event.retryReason()).isEqualTo("timeout");
		assertThat(event.transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(event.event().path("text").asString()).isEqualTo("hi");
		assertThat(event.payload().path("envelope_id").asString()).isEqualTo("e1");
	}

	@Test
	void channelAndUserAreFoundWhereEachEventTypeKeepsThem() {
		SlackEvent reaction = event("""
				{"envelope_id":"e2","type":"events_api","payload":{"team_id":"T1","event_id":"Ev1",
				 "event":{"type":"reaction_added","user":"U1","reaction":"tada","team":"T2",
				 "item":{"type":"message","channel":"C5","ts":"1.2"}}}}""");
		assertThat(reaction.channel()).isEqualTo("C5");
		assertThat(reaction.user()).isEqualTo("U1");
		assertThat(reaction.team()).as("the event's own team first").isEqualTo("T2");
		SlackEvent created = event("""
				{"envelope_id":"e3","type":"events_api","payload":{"event_id":"Ev2",
				 "event":{"type":"channel_created","channel":{"id":"C6","name":"new"}}}}""");
		assertThat(created.channel()).isEqualTo("C6");
		SlackEvent userChange = event("""
				{"envelope_id":"e4","type":"events_api","payload":{"event_id":"Ev3",
				 "event":{"type":"user_change","user":{"id":"U7","name":"ann"}}}}""");
		assertThat(userChange.user()).isEqualTo("U7");
	}

	@Test
	void aSlashCommandIsTypeSlashCommandsWithTheCommandAsSubtype() {
		SlackEvent event = event("""
				{"envelope_id":"e5","type":"slash_commands","accepts_response_payload":true,
				 "payload":{"command":"/weather","text":"tomorrow","user_id":"U1","channel_id":"C1","team_id":"T1",
				 "response_url":"https://hooks.slack.com/commands/x","trigger_id":"1.2"}}""");
		assertThat(event.type()).isEqualTo("slash_commands");
		assertThat(event.subtype()).isEqualTo("/weather");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).isEqualTo("T1");
		assertThat(event.eventId()).isNull();
		assertThat(event.retryAttempt()).isZero();
		assertThat(event.event().path("text").asString()).isEqualTo("tomorrow");
	}

	@Test
	void blockActionsAreRoutedByTheActionId() {
		SlackEvent event = event("""
				{"envelope_id":"e6","type":"interactive","payload":{"type":"block_actions",
				 "user":{"id":"U1","team_id":"T1"},"container":{"type":"message","channel_id":"C2"},
				 "actions":[{"action_id":"approve","value":"1"},{"action_id":"other"}]}}""");
		assertThat(event.type()).isEqualTo("block_actions");
		assertThat(event.subtype()).isEqualTo("approve");
		assertThat(event.channel()).as("the container's channel when there is no channel object").isEqualTo("C2");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).as("the user's team when there is no team object").isEqualTo("T1");
	}

	@Test
	void viewsShortcutsAndSuggestionsAreRoutedByTheirCallbackOrActionId() {
		assertThat(event("""
				{"envelope_id":"e7","type":"interactive","payload":{"type":"view_submission","team":{"id":"T1"},
				 "user":{"id":"U1"},"view":{"id":"V1","callback_id":"feedback"}}}""").subtype()).isEqualTo("feedback");
		assertThat(event("""
				{"envelope_id":"e8","type":"interactive","payload":{"type":"view_closed","user":{"id":"U1"},
				 "view":{"callback_id":"survey"}}}""").subtype()).isEqualTo("survey");
		assertThat(event("""
				{"envelope_id":"e9","type":"interactive","payload":{"type":"shortcut","callback_id":"new_ticket",
				 "user":{"id":"U1"},"trigger_id":"1.2"}}""").subtype()).isEqualTo("new_ticket");
		SlackEvent messageAction = event("""
				{"envelope_id":"e10","type":"interactive","payload":{"type":"message_action","callback_id":"quote",
				 "channel":{"id":"C3"},"user":{"id":"U1"},"message":{"text":"hi"}}}""");
		assertThat(messageAction.type()).isEqualTo("message_action");
		assertThat(messageAction.subtype()).isEqualTo("quote");
		assertThat(messageAction.channel()).isEqualTo("C3");
		assertThat(event("""
				{"envelope_id":"e11","type":"interactive","payload":{"type":"block_suggestion","action_id":"pick_user",
				 "user":{"id":"U1"},"value":"an"}}""").subtype()).isEqualTo("pick_user");
	}

	@Test
	void anUnknownEnvelopeTypeIsDeliveredAsThatType() {
		SlackEvent event = event("""
				{"envelope_id":"e12","type":"future_thing","payload":{"a":1}}""");
		assertThat(event.type()).isEqualTo("future_thing");
		assertThat(event.event().path("a").asInt()).isEqualTo(1);
		assertThat(event.envelopeId()).isEqualTo("e12");
	}

	/**
	 * Reads an envelope as the connection does, from its bytes, and checks that it is the event read from its tree.
	 */
	private static SlackEvent event(String json) {
		byte[] frame = json.getBytes(StandardCharsets.UTF_8);
		SocketModeEnvelope envelope = SocketModeEnvelope.read(frame);
		assertThat(envelope).isNotNull();
		SlackEvent event = SocketModeEvents.event(frame, envelope, MAPPER);
		JsonNode tree = MAPPER.readTree(json);
		assertThat(event).isEqualTo(SocketModeEvents.event(tree));
		assertThat(event.payload()).isEqualTo(tree);
		return event;
	}

}
