package dev.slackboot.samples.socketmodebot;

import java.time.Duration;

import dev.slackboot.model.Message;
import dev.slackboot.model.Reaction;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.test.AutoConfigureSlackEmulator;
import dev.slackboot.test.emulator.SlackEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@AutoConfigureSlackEmulator
class SocketModeBotTests {

	@Autowired
	SlackEmulator slack;

	@Autowired
	SlackSocketModeClient socketMode;

	@Test
	void answersHello() {
		awaitConnected();
		this.slack.postAsUser("general", "hello bot");

		this.slack.awaitMessage((message) -> ("Hi <@" + this.slack.defaultUser().id() + ">!").equals(message.text()));
	}

	@Test
	void echoes() {
		awaitConnected();
		this.slack.postAsUser("general", "!echo ship the docs");

		this.slack.awaitMessage((message) -> "ship the docs".equals(message.text()));
	}

	@Test
	void reactsToShipIt() {
		awaitConnected();
		Message posted = this.slack.postAsUser("general", "tests are green, ship it");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.slack.messages("general"))
			.filteredOn((message) -> posted.ts().equals(message.ts()))
			.singleElement()
			.satisfies((message) -> assertThat(message.reactions()).extracting(Reaction::name).contains("rocket")));
	}

	@Test
	void receivesItsEventsOverSocketModeAndAcknowledgesThem() {
		awaitConnected();
		this.slack.postAsUser("general", "hello again");

		this.slack.awaitMessage((message) -> ("Hi <@" + this.slack.defaultUser().id() + ">!").equals(message.text()));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.slack.socketModeStats().unacked())
			.isZero());
		assertThat(this.slack.socketModeStats().acks()).isPositive();
		assertThat(this.slack.rtmConnections()).as("no RTM connection").isZero();
	}

	private void awaitConnected() {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.socketMode.getStatus().isConnected());
	}

}
