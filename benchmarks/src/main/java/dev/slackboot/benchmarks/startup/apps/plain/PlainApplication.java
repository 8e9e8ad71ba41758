package dev.slackboot.benchmarks.startup.apps.plain;

import dev.slackboot.benchmarks.startup.apps.StartupTimer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code samples/hello-bot} without the starter: WebFlux and Actuator only, on a class path without the Slack
 * modules and what only they bring.
 */
@SpringBootApplication
public class PlainApplication {

	/**
	 * Starts the application, reports its startup time and exits.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		StartupTimer.run(PlainApplication.class, args);
	}

}
