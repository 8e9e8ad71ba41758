package dev.slackboot.web;

import dev.slackboot.model.Reaction;
import dev.slackboot.web.reactions.ReactionsAddResponse;
import dev.slackboot.web.reactions.ReactionsGetResponse;
import dev.slackboot.web.reactions.ReactionsRemoveResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code reactions.*} methods read into typed responses without losing a field.
 */
class ReactionsCorpusTests {

	@Test
	void add() {
		ReactionsAddResponse response = CorpusRoundTrip.assertRoundTrip("reactions.add", ReactionsAddResponse.class);
		assertThat(response.ok()).isTrue();
		assertThat(response.warning()).isEmpty();
	}

	@Test
	void remove() {
		ReactionsRemoveResponse response = CorpusRoundTrip.assertRoundTrip("reactions.remove",
				ReactionsRemoveResponse.class);
		assertThat(response.ok()).isTrue();
		assertThat(response.warning()).isEmpty();
	}

	@Test
	void getOfAMessage() {
		ReactionsGetResponse response = CorpusRoundTrip.assertRoundTrip("reactions.get", ReactionsGetResponse.class);
		assertThat(response.channel()).isEqualTo("C00000000");
		assertThat(response.file()).isNull();
		assertThat(response.message().ts()).isEqualTo("0000000000.000000");
		assertThat(response.message().permalink()).isEqualTo("https://www.example.com/");
		assertThat(response.message().botProfile().id()).isEqualTo("B00000000");
		assertThat(response.message().reactions()).singleElement().extracting(Reaction::count).isEqualTo(12345);
	}

}
