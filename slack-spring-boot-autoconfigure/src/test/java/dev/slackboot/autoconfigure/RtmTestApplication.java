package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.slackboot.rtm.RtmTestServer;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application with the Slack auto-configurations, run against an {@link RtmTestServer} for
 * end-to-end tests: a real application context, a real WebSocket and real HTTP calls.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ LifecycleAutoConfiguration.class, JacksonAutoConfiguration.class,
		WebClientAutoConfiguration.class, SlackWebClientAutoConfiguration.class, SlackListenerAutoConfiguration.class,
		SlackRtmAutoConfiguration.class })
final class RtmTestApplication {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private RtmTestApplication() {
	}

	/**
	 * Runs the application with RTM enabled, connected to the server, with short reconnect backoffs.
	 * @param server the server
	 * @param sources the configuration with the listeners
	 * @param properties further properties, {@code name=value}, overriding the defaults
	 * @return the running application
	 */
	static ConfigurableApplicationContext run(RtmTestServer server, Class<?> sources, String... properties) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("slack.token", RtmTestServer.TOKEN);
		values.put("slack.web.base-url", server.apiUrl());
		values.put("slack.rtm.enabled", "true");
		values.put("slack.rtm.send-interval", "0s");
		values.put("slack.rtm.reconnect.initial-backoff", "10ms");
		values.put("slack.rtm.reconnect.max-backoff", "50ms");
		for (String property : properties) {
			int separator = property.indexOf('=');
			values.put(property.substring(0, separator), property.substring(separator + 1));
		}
		String[] arguments = values.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(RtmTestApplication.class, sources).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run(arguments);
	}

	/**
	 * Waits until a condition holds.
	 * @param description what is awaited, for the failure message
	 * @param condition the condition
	 */
	static void await(String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + TIMEOUT.toMillis() + " ms: " + description);
			}
			sleep(5);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
