package dev.slackboot.samples.hellobot;

import dev.slackboot.test.AutoConfigureSlackEmulator;
import dev.slackboot.test.emulator.SlackEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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

}
