package dev.slackboot.samples.hellobot;

import dev.slackboot.test.SlackEmulatorAutoConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * Runs the hello-bot against an embedded Slack emulator, with no workspace and no token:
 * {@code ./mvnw -pl samples/hello-bot -am -DskipTests install spring-boot:test-run}. The log names the
 * emulator's web page, where you can post as a user and watch the bot answer.
 */
public class TestHelloBotApplication {

	public static void main(String[] args) {
		SpringApplication.from(HelloBotApplication::main).with(SlackEmulatorAutoConfiguration.class).run(args);
	}

}
