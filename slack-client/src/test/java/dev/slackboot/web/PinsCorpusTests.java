package dev.slackboot.web;

import dev.slackboot.web.pins.PinnedItem;
import dev.slackboot.web.pins.PinsAddResponse;
import dev.slackboot.web.pins.PinsListResponse;
import dev.slackboot.web.pins.PinsRemoveResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code pins.*} methods read into typed responses without losing a field.
 */
class PinsCorpusTests {

	@Test
	void add() {
		PinsAddResponse response = CorpusRoundTrip.assertRoundTrip("pins.add", PinsAddResponse.class);
		assertThat(response.ok()).isTrue();
		assertThat(response.additionalProperties()).containsKey("needed");
	}

	@Test
	void remove() {
		PinsRemoveResponse response = CorpusRoundTrip.assertRoundTrip("pins.remove", PinsRemoveResponse.class);
		assertThat(response.ok()).isTrue();
		assertThat(response.additionalProperties()).containsKey("needed");
	}

	@Test
	void listOfAFile() {
		PinsListResponse response = CorpusRoundTrip.assertRoundTrip("pins.list", PinsListResponse.class);
		assertThat(response.items()).hasSize(1);
		PinnedItem item = response.items().get(0);
		assertThat(item.created()).isEqualTo(12345L);
		assertThat(item.createdBy()).isEqualTo("U00000000");
		assertThat(item.message()).isNull();
		assertThat(item.file().path("comments_count").asInt()).isEqualTo(123);
	}

}
