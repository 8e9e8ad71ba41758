package dev.slackboot.benchmarks.startup.apps.withstarter;

import dev.slackboot.benchmarks.startup.apps.StartupTimer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code samples/hello-bot}: WebFlux, Actuator, the Slack starter and its three listeners.
 */
@SpringBootApplication
public class HelloBotApplication {

	/**
	 * Starts the application, reports its startup time and exits.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		StartupTimer.run(HelloBotApplication.class, args);
	}

}
