package dev.slackboot.web;

import dev.slackboot.model.Team;
import dev.slackboot.web.team.TeamInfoResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answer of {@code team.info} read into a typed response without losing a field.
 */
class TeamCorpusTests {

	@Test
	void info() {
		TeamInfoResponse response = CorpusRoundTrip.assertRoundTrip("team.info", TeamInfoResponse.class);
		Team team = response.team();
		assertThat(team.id()).isEqualTo("T00000000");
		assertThat(team.url()).isEqualTo("https://www.example.com/");
		assertThat(team.enterpriseId()).isEqualTo("E00000000");
		assertThat(team.isVerified()).isFalse();
		assertThat(team.icon().path("image_68").asString()).isEqualTo("https://www.example.com/");
	}

}
