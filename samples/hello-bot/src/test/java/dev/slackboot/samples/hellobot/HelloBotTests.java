package dev.slackboot.samples.hellobot;

import java.time.Duration;

import dev.slackboot.model.Message;
import dev.slackboot.model.Reaction;
import dev.slackboot.test.AutoConfigureSlackEmulator;
import dev.slackboot.test.emulator.SlackEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@AutoConfigureSlackEmulator
class HelloBotTests {

	@Autowired
	SlackEmulator slack;

	@Test
	void answersHello() {
		this.slack.postAsUser("general", "hello bot");

		this.slack.awaitMessage((message) -> ("Hi <@" + this.slack.defaultUser().id() + ">!").equals(message.text()));
	}

	@Test
	void echoes() {
		this.slack.postAsUser("general", "!echo ship the docs");

		this.slack.awaitMessage((message) -> "ship the docs".equals(message.text()));
	}

	@Test
	void reactsToShipIt() {
		Message posted = this.slack.postAsUser("general", "tests are green, ship it");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.slack.messages("general"))
			.filteredOn((message) -> posted.ts().equals(message.ts()))
			.singleElement()
			.satisfies((message) -> assertThat(message.reactions()).extracting(Reaction::name).contains("rocket")));
	}

}
