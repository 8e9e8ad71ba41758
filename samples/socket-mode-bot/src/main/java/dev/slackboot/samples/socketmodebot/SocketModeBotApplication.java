package dev.slackboot.samples.socketmodebot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Slack bot that answers "hello", reacts to "ship it" and echoes {@code !echo <text>}, receiving its events
 * over Socket Mode: it opens a WebSocket to Slack with an app-level token, so it needs no public URL.
 */
@SpringBootApplication
public class SocketModeBotApplication {

	public static void main(String[] args) {
		SpringApplication.run(SocketModeBotApplication.class, args);
	}

}
