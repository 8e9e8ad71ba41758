package dev.slackboot.listener;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;

import dev.slackboot.model.AppMentionEvent;
import dev.slackboot.model.MemberJoinedChannelEvent;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.ReactionAddedEvent;
import dev.slackboot.model.ReactionRemovedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed event models read Slack's sample events (from Slack's Java SDK test samples) without losing a
 * field, binding every modelled field.
 */
class SlackEventModelsTests {

	@Test
	void messageEvent() {
		MessageEvent event = roundTrip("""
				{"client_msg_id":"m-1","type":"message","team":"T1","channel":"C1","user":"U1","bot_id":"B1",
				 "bot_profile":{"id":"B1","deleted":false,"name":"bot","updated":123,"app_id":"A1",
				   "icons":{"image_36":"i36"},"team_id":"T1"},
				 "text":"hello","blocks":[{"type":"divider","block_id":"b1"}],
				 "attachments":[{"fallback":"f","id":1}],"metadata":{"event_type":"e"},
				 "ts":"1.2","parent_user_id":"U0","thread_ts":"1.1","event_ts":"1.2","channel_type":"channel",
				 "edited":{"user":"U1","ts":"1.3"}}
				""", MessageEvent.class);
		assertThat(event.text()).isEqualTo("hello");
		assertThat(event.threadTs()).isEqualTo("1.1");
		assertThat(event.channelType()).isEqualTo("channel");
		assertThat(event.botProfile().path("name").asString()).isEqualTo("bot");
		assertThat(event.additionalProperties()).containsOnlyKeys("metadata");
	}

	@Test
	void messageChangedEvent() {
		MessageEvent event = roundTrip("""
				{"type":"message","subtype":"message_changed","hidden":true,"channel":"C1","ts":"1.4",
				 "event_ts":"1.4","channel_type":"channel",
				 "message":{"type":"message","user":"U1","text":"new","ts":"1.2"},
				 "previous_message":{"type":"message","user":"U1","text":"old","ts":"1.2"}}
				""", MessageEvent.class);
		assertThat(event.message().text()).isEqualTo("new");
		assertThat(event.previousMessage().text()).isEqualTo("old");
		assertThat(event.hidden()).isTrue();
	}

	@Test
	void appMentionEvent() {
		AppMentionEvent event = roundTrip("""
				{"type":"app_mention","client_msg_id":"m-2","user":"U1","username":"u","app_id":"A1",
				 "bot_id":"B1","subtype":"","text":"<@UBOT> hi","blocks":[{"type":"divider"}],"upload":false,
				 "display_as_bot":false,"ts":"2.1","team":"T1","channel":"C2","user_team":"T1",
				 "source_team":"T1","user_profile":{"name":"n"},"edited":{"user":"U1","ts":"2.2"},
				 "event_ts":"2.1","thread_ts":"2.0"}
				""", AppMentionEvent.class);
		assertThat(event.text()).isEqualTo("<@UBOT> hi");
		assertThat(event.threadTs()).isEqualTo("2.0");
		assertThat(event.additionalProperties()).containsOnlyKeys("upload", "display_as_bot", "user_team",
				"source_team", "user_profile");
	}

	@Test
	void reactionEvents() {
		String json = """
				{"type":"%s","user":"U1","item":{"type":"message","channel":"C1","ts":"0000000000.000000"},
				 "reaction":"thumbsup","item_user":"U2","event_ts":"0000000000.000000"}
				""";
		ReactionAddedEvent added = roundTrip(json.formatted("reaction_added"), ReactionAddedEvent.class);
		ReactionRemovedEvent removed = roundTrip(json.formatted("reaction_removed"), ReactionRemovedEvent.class);
		assertThat(added.reaction()).isEqualTo("thumbsup");
		assertThat(added.item().channel()).isEqualTo("C1");
		assertThat(removed.item().ts()).isEqualTo("0000000000.000000");
		assertThat(removed.itemUser()).isEqualTo("U2");
	}

	@Test
	void memberJoinedChannelEvent() {
		MemberJoinedChannelEvent event = roundTrip("""
				{"type":"member_joined_channel","user":"U1","channel":"C1","channel_type":"C","team":"T1",
				 "event_ts":"0000000000.000000","inviter":"U2","enterprise":"E1"}
				""", MemberJoinedChannelEvent.class);
		assertThat(event.inviter()).isEqualTo("U2");
		assertThat(event.enterprise()).isEqualTo("E1");
	}

	private static <T> T roundTrip(String json, Class<T> type) {
		JsonNode sample = TestEvents.MAPPER.readTree(json);
		T typed = TestEvents.MAPPER.treeToValue(sample, type);
		assertThat(TestEvents.MAPPER.valueToTree(typed).equals(sample)).as("written back: %s",
				TestEvents.MAPPER.valueToTree(typed)).isTrue();
		assertModelledFieldsBound(typed);
		return typed;
	}

	private static void assertModelledFieldsBound(Object value) {
		if (value == null || !value.getClass().isRecord()) {
			return;
		}
		Map<?, ?> additional = Map.of();
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			Object componentValue = read(component, value);
			if (component.getName().equals("additionalProperties")) {
				additional = (Map<?, ?>) componentValue;
			}
			else {
				assertModelledFieldsBound(componentValue);
			}
		}
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			String jsonName = component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
			assertThat(additional.containsKey(jsonName)).as("%s binds %s", value.getClass().getSimpleName(), jsonName)
				.isFalse();
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
