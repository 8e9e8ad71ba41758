package dev.slackboot.testcontainers;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @ServiceConnection} on a {@link SlackEmulatorContainer} points the starter's auto-configured clients at
 * the container, with the container's tokens. Skipped where Docker is absent.
 */
@SpringBootTest(properties = "slack.token=xoxb-from-properties-is-not-used")
@Testcontainers(disabledWithoutDocker = true)
class SlackEmulatorServiceConnectionTests {

	@Container
	@ServiceConnection
	static final SlackEmulatorContainer slack = new SlackEmulatorContainer().withBotToken("xoxb-service-connection")
		.withSigningSecret("connection-secret");

	@Autowired
	SlackConnectionDetails connectionDetails;

	@Autowired
	SlackWebClient web;

	@Test
	void connectionDetailsComeFromTheContainer() {
		assertThat(this.connectionDetails.webApiBaseUrl()).isEqualTo(slack.getWebApiBaseUrl());
		assertThat(this.connectionDetails.token()).isEqualTo("xoxb-service-connection");
		assertThat(this.connectionDetails.appToken()).isEqualTo(SlackEmulator.DEFAULT_APP_TOKEN);
		assertThat(this.connectionDetails.signingSecret()).isEqualTo("connection-secret");
	}

	@Test
	void theAutoConfiguredClientTalksToTheContainer() {
		this.web.chat().postMessage((m) -> m.channel("C0RANDOM").text("from the app")).block();

		assertThat(slack.control().awaitMessage((m) -> m.channel("random").fromBot(true)).text())
			.isEqualTo("from the app");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
