package dev.slackboot.docker.compose;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.Message;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.testcontainers.SlackEmulatorControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spring Boot's Docker Compose support starts the {@code slack} service of {@code compose.yaml}; its
 * {@code slack-emulator} image makes it the starter's connection, and a bot listening over RTM answers a user
 * there. Skipped where Docker or Docker Compose v2 is absent.
 */
@SpringBootTest(properties = { "spring.docker.compose.file=src/test/resources/compose.yaml",
		"spring.docker.compose.skip.in-tests=false", "spring.docker.compose.stop.command=down",
		"slack.rtm.enabled=true" })
@Testcontainers(disabledWithoutDocker = true)
@EnabledIf("dockerComposeAvailable")
class SlackEmulatorDockerComposeTests {

	@Autowired
	SlackConnectionDetails connectionDetails;

	@Autowired
	SlackRtmClient rtm;

	@Test
	void theComposeServiceIsTheStartersConnection() {
		assertThat(this.connectionDetails.webApiBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/");
		assertThat(this.connectionDetails.token()).isEqualTo("xoxb-compose-bot");
	}

	@Test
	void aBotAnswersAUserInTheComposeService() {
		SlackEmulatorControl slack = new SlackEmulatorControl(
				this.connectionDetails.webApiBaseUrl().replaceFirst("api/$", ""));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.rtm.getState() == SlackRtmState.CONNECTED);
		slack.postAsUser("general", "hello from compose");

		Message answer = slack.awaitMessage((m) -> m.channel("general").fromBot(true).timeout(Duration.ofSeconds(20)));
		assertThat(answer.text()).isEqualTo("Hi <@U0ALICE>!");
	}

	static boolean dockerComposeAvailable() {
		try {
			Process process = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BotApplication {

		@Bean
		Greeter greeter() {
			return new Greeter();
		}

	}

	static class Greeter {

		@SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
		String hello(MessageEvent event) {
			return "Hi <@" + event.user() + ">!";
		}

	}

}
