package dev.slackboot.samples.socketmodebot;

import dev.slackboot.test.SlackEmulatorAutoConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * Runs the socket-mode-bot against an embedded Slack emulator, with no workspace and no token:
 * {@code ./mvnw -pl samples/socket-mode-bot -am -DskipTests install spring-boot:test-run}. The bot connects to the
 * emulator over Socket Mode; the log names the emulator's web page, where you can post as a user and watch the
 * bot answer.
 */
public class TestSocketModeBotApplication {

	public static void main(String[] args) {
		SpringApplication.from(SocketModeBotApplication::main).with(SlackEmulatorAutoConfiguration.class).run(args);
	}

}
