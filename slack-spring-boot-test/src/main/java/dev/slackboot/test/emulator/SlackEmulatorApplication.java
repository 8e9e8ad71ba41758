package dev.slackboot.test.emulator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link SlackEmulator} as a program, as the {@code slack-emulator} container image does, until the
 * process is stopped (SIGTERM or Ctrl-C). It is configured by environment variables:
 * <ul>
 * <li>{@value #HOST}: the address to listen on, {@code 127.0.0.1} by default ({@code 0.0.0.0} in the image)</li>
 * <li>{@value #PORT}: the port, {@value #DEFAULT_PORT} by default</li>
 * <li>{@value #BOT_TOKEN}, {@value #APP_TOKEN}, {@value #SIGNING_SECRET}: the bot token, app-level token and
 * signing secret, the emulator's defaults unless set</li>
 * <li>{@value #EVENTS_REQUEST_URL}: where to POST the app's events, signed (Events API); none by default</li>
 * <li>{@value #RATE_LIMITS}: {@code true} to apply Slack's rate limits</li>
 * <li>{@value #WORKSPACE}: a JSON file of extra channels and messages (see {@link WorkspaceSeed})</li>
 * </ul>
 * For example: {@code SLACK_EMULATOR_PORT=9000 java -jar slack-emulator.jar}, then point a bot at
 * {@code http://127.0.0.1:9000/api/} with the token {@value SlackEmulator#DEFAULT_BOT_TOKEN}.
 */
public final class SlackEmulatorApplication {

	/**
	 * The environment variable naming the address to listen on.
	 */
	public static final String HOST = "SLACK_EMULATOR_HOST";

	/**
	 * The environment variable naming the port to listen on.
	 */
	public static final String PORT = "SLACK_EMULATOR_PORT";

	/**
	 * The environment variable holding the bot token.
	 */
	public static final String BOT_TOKEN = "SLACK_EMULATOR_BOT_TOKEN";

	/**
	 * The environment variable holding the app-level token.
	 */
	public static final String APP_TOKEN = "SLACK_EMULATOR_APP_TOKEN";

	/**
	 * The environment variable holding the signing secret of Events API requests.
	 */
	public static final String SIGNING_SECRET = "SLACK_EMULATOR_SIGNING_SECRET";

	/**
	 * The environment variable holding the app's Events API request URL.
	 */
	public static final String EVENTS_REQUEST_URL = "SLACK_EMULATOR_EVENTS_REQUEST_URL";

	/**
	 * The environment variable turning Slack's rate limits on ({@code true}).
	 */
	public static final String RATE_LIMITS = "SLACK_EMULATOR_RATE_LIMITS";

	/**
	 * The environment variable naming a workspace seed file.
	 */
	public static final String WORKSPACE = "SLACK_EMULATOR_WORKSPACE";

	/**
	 * The port the program listens on unless {@value #PORT} says otherwise.
	 */
	public static final int DEFAULT_PORT = 8080;

	private static final Log logger = LogFactory.getLog(SlackEmulatorApplication.class);

	private SlackEmulatorApplication() {
	}

	/**
	 * Starts the emulator and serves until the process is stopped.
	 * @param args ignored: the configuration comes from the environment
	 * @throws InterruptedException when interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		SlackEmulator emulator = start(System.getenv());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.stop();
			stopped.countDown();
		}, "slack-emulator-shutdown"));
		stopped.await();
	}

	/**
	 * Builds an emulator from environment variables, adds the seed file's channels and messages, and starts it.
	 * @param environment the environment variables
	 * @return the running emulator
	 * @throws IllegalArgumentException when a variable or the seed file is invalid
	 */
	static SlackEmulator start(Map<String, String> environment) {
		SlackEmulator.Builder builder = SlackEmulator.builder()
			.host(value(environment, HOST, "127.0.0.1"))
			.port(port(environment))
			.botToken(value(environment, BOT_TOKEN, SlackEmulator.DEFAULT_BOT_TOKEN))
			.appToken(value(environment, APP_TOKEN, SlackEmulator.DEFAULT_APP_TOKEN))
			.signingSecret(value(environment, SIGNING_SECRET, SlackEmulator.DEFAULT_SIGNING_SECRET))
			.rateLimits(flag(environment, RATE_LIMITS));
		String eventsRequestUrl = optional(environment, EVENTS_REQUEST_URL);
		if (eventsRequestUrl != null) {
			builder.eventsRequestUrl(eventsRequestUrl);
		}
		SlackEmulator emulator = builder.build();
		String seedFile = optional(environment, WORKSPACE);
		if (seedFile != null) {
			WorkspaceSeed seed = WorkspaceSeed.read(Path.of(seedFile));
			seed.applyTo(emulator);
			logger.info("Workspace seed " + seedFile + ": added " + seed.channelCount() + " channels and "
					+ seed.messageCount() + " messages");
		}
		emulator.start();
		logger.info("Slack emulator ready: web page at " + emulator.pageUrl()
				+ ((eventsRequestUrl != null) ? ", events sent to " + eventsRequestUrl : ""));
		return emulator;
	}

	private static int port(Map<String, String> environment) {
		String port = value(environment, PORT, String.valueOf(DEFAULT_PORT));
		try {
			return Integer.parseInt(port);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(PORT + " must be a port number, not '" + port + "'", ex);
		}
	}

	private static boolean flag(Map<String, String> environment, String name) {
		String value = value(environment, name, "false");
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no" -> false;
			default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
		};
	}

	private static String value(Map<String, String> environment, String name, String fallback) {
		String value = optional(environment, name);
		return (value != null) ? value : fallback;
	}

	private static @Nullable String optional(Map<String, String> environment, String name) {
		String value = environment.get(name);
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

}
