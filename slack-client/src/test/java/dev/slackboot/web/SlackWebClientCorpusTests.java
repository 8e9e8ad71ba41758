package dev.slackboot.web;

import dev.slackboot.web.auth.AuthTestResponse;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the auth and chat.postMessage methods read into typed responses without losing
 * a field.
 */
class SlackWebClientCorpusTests {

	@Test
	void authTest() {
		AuthTestResponse response = CorpusRoundTrip.assertRoundTrip("auth.test", AuthTestResponse.class);
		assertThat(response.userId()).isEqualTo("U00000000");
		assertThat(response.teamId()).isEqualTo("T00000000");
	}

	@Test
	void chatPostMessage() {
		ChatPostMessageResponse response = CorpusRoundTrip.assertRoundTrip("chat.postMessage",
				ChatPostMessageResponse.class);
		assertThat(response.ts()).isEqualTo("0000000000.000000");
		assertThat(response.message()).isNotNull();
		assertThat(response.message().botId()).isEqualTo("B00000000");
	}

}
