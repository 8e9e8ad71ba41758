package dev.slackboot.samples.hellobot;

import java.time.Duration;

import dev.slackboot.model.Message;
import dev.slackboot.model.Reaction;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.testcontainers.SlackEmulatorContainer;
import dev.slackboot.testcontainers.SlackEmulatorControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario of {@link HelloBotTests}, against the {@code slack-emulator} image in a container: the bot
 * connects over RTM to the container that {@code @ServiceConnection} points it at (each test starts once it is
 * connected: events posted before are not replayed). Skipped where Docker is absent.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
class HelloBotContainerTests {

	@Container
	@ServiceConnection
	static final SlackEmulatorContainer slack = new SlackEmulatorContainer();

	private final SlackEmulatorControl control = slack.control();

	@Autowired
	SlackRtmClient rtm;

	@BeforeEach
	void awaitRtmConnection() {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.rtm.getState() == SlackRtmState.CONNECTED);
	}

	@Test
	void answersHello() {
		this.control.postAsUser("general", "hello bot");

		Message answer = this.control.awaitMessage((m) -> m.channel("general").fromBot(true).textContains("Hi"));
		assertThat(answer.text()).isEqualTo("Hi <@U0ALICE>!");
	}

	@Test
	void echoes() {
		this.control.postAsUser("general", "!echo ship the docs");

		this.control.awaitMessage((m) -> m.channel("general").fromBot(true).textContains("ship the docs"));
	}

	@Test
	void reactsToShipIt() {
		Message posted = this.control.postAsUser("general", "tests are green, ship it");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.control.messages("general"))
			.filteredOn((message) -> posted.ts().equals(message.ts()))
			.singleElement()
			.satisfies((message) -> assertThat(message.reactions()).extracting(Reaction::name).contains("rocket")));
	}

}
