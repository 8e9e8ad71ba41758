package dev.slackboot.testcontainers;

import java.time.Duration;

import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.test.emulator.SlackEmulatorApplication;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A Testcontainers container running the {@code slack-emulator} image: the
 * {@linkplain SlackEmulator Slack emulator} (Web API, RTM, Socket Mode, Events API) in its own process, reached
 * through a mapped port. With {@code @ServiceConnection}, Spring Boot points the Slack starter at it:
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;Testcontainers(disabledWithoutDocker = true)
 * class BotTests {
 *
 *     &#64;Container
 *     &#64;ServiceConnection
 *     static SlackEmulatorContainer slack = new SlackEmulatorContainer();
 *
 *     &#64;Test
 *     void answersHello() {
 *         slack.control().postAsUser("general", "hello");
 *         slack.control().awaitMessage((m) -&gt; m.fromBot(true).textContains("Hi"));
 *     }
 * }
 * </pre>
 *
 * The image is built locally (there is no public one yet): {@code docker/build-emulator-image.sh}. Another image
 * name must be declared a substitute: {@code DockerImageName.parse("registry.example/slack-emulator:1")
 * .asCompatibleSubstituteFor("slack-emulator")}.
 */
public class SlackEmulatorContainer extends GenericContainer<SlackEmulatorContainer> {

	/**
	 * The image run by default, {@code slack-emulator:latest}.
	 */
	public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("slack-emulator:latest");

	/**
	 * The port the emulator listens on inside the container.
	 */
	public static final int PORT = SlackEmulatorApplication.DEFAULT_PORT;

	private static final DockerImageName IMAGE_NAME = DockerImageName.parse("slack-emulator");

	private static final String WORKSPACE_PATH = "/app/workspace.json";

	private String botToken = SlackEmulator.DEFAULT_BOT_TOKEN;

	private String appToken = SlackEmulator.DEFAULT_APP_TOKEN;

	private String signingSecret = SlackEmulator.DEFAULT_SIGNING_SECRET;

	/**
	 * Creates a container of the {@linkplain #DEFAULT_IMAGE default image}.
	 */
	public SlackEmulatorContainer() {
		this(DEFAULT_IMAGE);
	}

	/**
	 * Creates a container of the given image.
	 * @param image the image, e.g. {@code slack-emulator:0.1.0}
	 */
	public SlackEmulatorContainer(String image) {
		this(DockerImageName.parse(image));
	}

	/**
	 * Creates a container of the given image.
	 * @param image the image: {@code slack-emulator} or a declared substitute for it
	 */
	public SlackEmulatorContainer(DockerImageName image) {
		super(image);
		image.assertCompatibleWith(IMAGE_NAME);
		withExposedPorts(PORT);
		waitingFor(Wait.forHttp("/_emulator/workspace").forPort(PORT).forStatusCode(200));
		withStartupTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Sets the bot token ({@code xoxb-}), {@value SlackEmulator#DEFAULT_BOT_TOKEN} by default.
	 * @param botToken the token
	 * @return this container
	 */
	public SlackEmulatorContainer withBotToken(String botToken) {
		this.botToken = botToken;
		return withEnv(SlackEmulatorApplication.BOT_TOKEN, botToken);
	}

	/**
	 * Sets the app-level token ({@code xapp-}), {@value SlackEmulator#DEFAULT_APP_TOKEN} by default.
	 * @param appToken the token
	 * @return this container
	 */
	public SlackEmulatorContainer withAppToken(String appToken) {
		this.appToken = appToken;
		return withEnv(SlackEmulatorApplication.APP_TOKEN, appToken);
	}

	/**
	 * Sets the secret the Events API requests to the app are signed with,
	 * {@value SlackEmulator#DEFAULT_SIGNING_SECRET} by default.
	 * @param signingSecret the secret
	 * @return this container
	 */
	public SlackEmulatorContainer withSigningSecret(String signingSecret) {
		this.signingSecret = signingSecret;
		return withEnv(SlackEmulatorApplication.SIGNING_SECRET, signingSecret);
	}

	/**
	 * Sets the app's Events API request URL, to which the emulator POSTs every event, signed. The URL is called
	 * from inside the container: an app on the Docker host is reached through {@code host.docker.internal}, which
	 * this method maps to the host's gateway.
	 * @param requestUrl the URL, e.g. {@code http://host.docker.internal:8080/slack/events}
	 * @return this container
	 */
	public SlackEmulatorContainer withEventsRequestUrl(String requestUrl) {
		withExtraHost("host.docker.internal", "host-gateway");
		return withEnv(SlackEmulatorApplication.EVENTS_REQUEST_URL, requestUrl);
	}

	/**
	 * Sets whether Slack's rate limits apply, off by default.
	 * @param rateLimits {@code true} to answer calls over the limits with HTTP 429
	 * @return this container
	 */
	public SlackEmulatorContainer withRateLimits(boolean rateLimits) {
		return withEnv(SlackEmulatorApplication.RATE_LIMITS, String.valueOf(rateLimits));
	}

	/**
	 * Adds the channels and messages of a workspace seed file, e.g.
	 * {@code MountableFile.forClasspathResource("slack-workspace.json")} or {@code Transferable.of(json)} with
	 * {@code {"channels": [{"name": "deploys", "members": ["alice", "emulator-bot"]}], "messages": [{"user": "bob",
	 * "channel": "deploys", "text": "v1.2 is out"}]}}.
	 * @param seed the JSON file
	 * @return this container
	 */
	public SlackEmulatorContainer withWorkspace(Transferable seed) {
		withCopyToContainer(seed, WORKSPACE_PATH);
		return withEnv(SlackEmulatorApplication.WORKSPACE, WORKSPACE_PATH);
	}

	/**
	 * Returns the emulator's root URL on the Docker host, e.g. {@code http://localhost:32768/}, where its web page
	 * is served.
	 * @return the URL
	 */
	public String getRootUrl() {
		return "http://" + getHost() + ":" + getMappedPort(PORT) + "/";
	}

	/**
	 * Returns the Web API base URL, e.g. {@code http://localhost:32768/api/}, for
	 * {@code SlackWebClient.builder().baseUrl(...)}.
	 * @return the URL
	 */
	public String getWebApiBaseUrl() {
		return getRootUrl() + "api/";
	}

	/**
	 * Returns the bot token.
	 * @return the token
	 */
	public String getBotToken() {
		return this.botToken;
	}

	/**
	 * Returns the app-level token.
	 * @return the token
	 */
	public String getAppToken() {
		return this.appToken;
	}

	/**
	 * Returns the secret the Events API requests are signed with.
	 * @return the signing secret
	 */
	public String getSigningSecret() {
		return this.signingSecret;
	}

	/**
	 * Returns a client of the emulator's control API: post as a user, await the bot's messages, inject faults.
	 * @return the client
	 */
	public SlackEmulatorControl control() {
		return new SlackEmulatorControl(getRootUrl());
	}

}
