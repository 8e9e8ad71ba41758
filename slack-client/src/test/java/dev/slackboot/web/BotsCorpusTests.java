package dev.slackboot.web;

import dev.slackboot.model.Bot;
import dev.slackboot.web.bots.BotsInfoResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answer of {@code bots.info} read into a typed response without losing a field.
 */
class BotsCorpusTests {

	@Test
	void info() {
		BotsInfoResponse response = CorpusRoundTrip.assertRoundTrip("bots.info", BotsInfoResponse.class);
		Bot bot = response.bot();
		assertThat(bot.id()).isEqualTo("B00000000");
		assertThat(bot.userId()).isEqualTo("U00000000");
		assertThat(bot.appId()).isEqualTo("A00000000");
		assertThat(bot.updated()).isEqualTo(12345L);
		assertThat(bot.deleted()).isFalse();
		assertThat(bot.icons().image36()).isEqualTo("https://www.example.com/");
		assertThat(bot.icons().image72()).isEqualTo("https://www.example.com/");
		assertThat(bot.icons().additionalProperties()).isEmpty();
	}

}
