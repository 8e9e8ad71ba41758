package dev.slackboot.test.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.SlackApiException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The emulator as a program, configured by environment variables as in its container image.
 */
class SlackEmulatorApplicationTests {

	@TempDir
	Path directory;

	private @Nullable SlackEmulator emulator;

	@AfterEach
	void stop() {
		if (this.emulator != null) {
			this.emulator.stop();
		}
	}

	@Test
	void servesWithTheTokensAndSecretFromTheEnvironment() {
		this.emulator = SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0", "SLACK_EMULATOR_BOT_TOKEN",
				"xoxb-from-env", "SLACK_EMULATOR_APP_TOKEN", "xapp-from-env", "SLACK_EMULATOR_SIGNING_SECRET",
				"secret-from-env"));

		assertThat(client(this.emulator, "xoxb-from-env").blocking().auth().test().userId())
			.isEqualTo(SlackEmulator.BOT_USER_ID);
		SlackApiException rejected = failure(
				() -> client(this.emulator, SlackEmulator.DEFAULT_BOT_TOKEN).blocking().auth().test());
		assertThat(rejected.getError()).isEqualTo("invalid_auth");
		assertThat(this.emulator.appToken()).isEqualTo("xapp-from-env");
		assertThat(this.emulator.signingSecret()).isEqualTo("secret-from-env");
	}

	@Test
	void listensOnLoopbackWithTheDefaultsWhenTheEnvironmentIsSilent() {
		this.emulator = SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0"));

		assertThat(this.emulator.rootUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.emulator.botToken()).isEqualTo(SlackEmulator.DEFAULT_BOT_TOKEN);
		assertThat(this.emulator.eventsRequestUrl()).isNull();
		assertThat(client(this.emulator).blocking().auth().test().ok()).isTrue();
	}

	@Test
	void takesTheEventsRequestUrlFromTheEnvironment() {
		this.emulator = SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0",
				"SLACK_EMULATOR_EVENTS_REQUEST_URL", "http://127.0.0.1:1/slack/events"));

		assertThat(this.emulator.eventsRequestUrl()).isEqualTo("http://127.0.0.1:1/slack/events");
	}

	@Test
	void appliesRateLimitsWhenAsked() {
		this.emulator = SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0",
				"SLACK_EMULATOR_RATE_LIMITS", "true"));
		BlockingSlackWebClient slack = client(this.emulator).blocking();
		slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("first"));

		SlackApiException limited = failure(
				() -> slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("second")));

		assertThat(limited.getError()).isEqualTo("ratelimited");
	}

	@Test
	void seedsTheWorkspaceFromTheFileNamedInTheEnvironment() throws IOException {
		Path seed = Files.writeString(this.directory.resolve("workspace.json"), """
				{
				  "channels": [
				    { "name": "deploys", "members": ["alice", "bob", "emulator-bot"] },
				    { "name": "ops", "private": true, "members": ["U0CAROL"] }
				  ],
				  "messages": [
				    { "user": "bob", "channel": "deploys", "text": "v1.2 is out" },
				    { "channel": "deploys", "text": "nice" }
				  ]
				}
				""");

		this.emulator = SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0", "SLACK_EMULATOR_WORKSPACE",
				seed.toString()));

		EmulatedChannel deploys = this.emulator.channel("deploys");
		assertThat(deploys.isPrivate()).isFalse();
		assertThat(deploys.members()).containsExactly("U0ALICE", "U0BOB", SlackEmulator.BOT_USER_ID);
		assertThat(this.emulator.channel("ops").isPrivate()).isTrue();
		assertThat(this.emulator.channel("ops").members()).containsExactly("U0CAROL");
		assertThat(this.emulator.messages("deploys")).extracting((m) -> m.user() + ": " + m.text())
			.containsExactly("U0BOB: v1.2 is out", "U0ALICE: nice");
		assertThat(client(this.emulator).blocking()
			.conversations()
			.history((r) -> r.channel(deploys.id()))
			.messages()).hasSize(2);
	}

	@Test
	void rejectsAPortThatIsNotANumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "http")))
			.withMessage("SLACK_EMULATOR_PORT must be a port number, not 'http'");
	}

	@Test
	void rejectsARateLimitsFlagThatIsNotABoolean() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_RATE_LIMITS", "sometimes")))
			.withMessage("SLACK_EMULATOR_RATE_LIMITS must be true or false, not 'sometimes'");
	}

	@Test
	void rejectsAMissingSeedFileBeforeServing() {
		Path missing = this.directory.resolve("missing.json");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackEmulatorApplication.start(Map.of("SLACK_EMULATOR_PORT", "0",
					"SLACK_EMULATOR_WORKSPACE", missing.toString())))
			.withMessageStartingWith("Cannot read the workspace seed file " + missing);
	}

}
