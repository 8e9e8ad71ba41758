package dev.slackboot.samples.hellobot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Slack bot that answers "hello", reacts to "ship it" and echoes {@code !echo <text>}.
 */
@SpringBootApplication
public class HelloBotApplication {

	public static void main(String[] args) {
		SpringApplication.run(HelloBotApplication.class, args);
	}

}
