package dev.slackboot.web;

import dev.slackboot.model.Message;
import dev.slackboot.web.chat.ChatDeleteResponse;
import dev.slackboot.web.chat.ChatGetPermalinkResponse;
import dev.slackboot.web.chat.ChatPostEphemeralResponse;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import dev.slackboot.web.chat.ChatScheduleMessageResponse;
import dev.slackboot.web.chat.ChatUpdateResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code chat.*} methods read into typed responses without losing a field.
 */
class ChatCorpusTests {

	@Test
	void postMessageCarriesTheBotProfile() {
		ChatPostMessageResponse response = CorpusRoundTrip.assertRoundTrip("chat.postMessage",
				ChatPostMessageResponse.class);
		assertThat(response.message().botProfile().id()).isEqualTo("B00000000");
		assertThat(response.message().botProfile().userId()).isEqualTo("U00000000");
		assertThat(response.message().botProfile().icons().image48()).isEqualTo("https://www.example.com/");
		assertThat(response.message().metadata().path("event_type").isString()).isTrue();
	}

	@Test
	void postEphemeral() {
		ChatPostEphemeralResponse response = CorpusRoundTrip.assertRoundTrip("chat.postEphemeral",
				ChatPostEphemeralResponse.class);
		assertThat(response.messageTs()).isEqualTo("0000000000.000000");
	}

	@Test
	void update() {
		ChatUpdateResponse response = CorpusRoundTrip.assertRoundTrip("chat.update", ChatUpdateResponse.class);
		assertThat(response.channel()).isEqualTo("C00000000");
		assertThat(response.ts()).isEqualTo("0000000000.000000");
		Message message = response.message();
		assertThat(message.botProfile().teamId()).isEqualTo("T00000000");
		assertThat(message.botProfile().updated()).isEqualTo(12345L);
		assertThat(message.edited().path("user").asString()).isEqualTo("B00000000");
		assertThat(message.files()).hasSize(1);
		assertThat(message.files().get(0).path("comments_count").asInt()).isEqualTo(123);
	}

	@Test
	void delete() {
		ChatDeleteResponse response = CorpusRoundTrip.assertRoundTrip("chat.delete", ChatDeleteResponse.class);
		assertThat(response.channel()).isEqualTo("C00000000");
		assertThat(response.ts()).isEqualTo("0000000000.000000");
	}

	@Test
	void getPermalink() {
		ChatGetPermalinkResponse response = CorpusRoundTrip.assertRoundTrip("chat.getPermalink",
				ChatGetPermalinkResponse.class);
		assertThat(response.permalink()).isEqualTo("https://www.example.com/");
		assertThat(response.channel()).isEqualTo("C00000000");
	}

	@Test
	void scheduleMessage() {
		ChatScheduleMessageResponse response = CorpusRoundTrip.assertRoundTrip("chat.scheduleMessage",
				ChatScheduleMessageResponse.class);
		assertThat(response.scheduledMessageId()).isEqualTo("Q00000000");
		assertThat(response.postAt()).isEqualTo(12345L);
		assertThat(response.message().botId()).isEqualTo("B00000000");
		assertThat(response.message().botProfile().appId()).isEqualTo("A00000000");
	}

}
