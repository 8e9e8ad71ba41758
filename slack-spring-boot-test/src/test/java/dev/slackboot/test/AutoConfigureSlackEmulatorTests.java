package dev.slackboot.test;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureSlackEmulator} points the starter's Web API client at an embedded emulator.
 */
@SpringBootTest(properties = "slack.token=xoxb-never-used-in-tests")
@AutoConfigureSlackEmulator
class AutoConfigureSlackEmulatorTests {

	@Autowired
	SlackEmulator emulator;

	@Autowired
	SlackWebClient slack;

	@Autowired
	SlackConnectionDetails connectionDetails;

	@Test
	void webClientTalksToTheEmulatorWithItsToken() {
		assertThat(this.connectionDetails).isInstanceOf(SlackEmulatorConnectionDetails.class);
		assertThat(this.slack.auth().test().block().userId()).isEqualTo(this.emulator.bot().id());
	}

	@Test
	void botPostsLandInTheEmulatorsWorkspace() {
		this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("deploy done")).block();

		assertThat(this.emulator.awaitMessage((m) -> "deploy done".equals(m.text())).user())
			.isEqualTo(this.emulator.bot().id());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
