package dev.slackboot.testcontainers;

import dev.slackboot.test.emulator.SlackEmulator;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How a {@link SlackEmulatorContainer} is configured, without starting it (no Docker needed).
 */
class SlackEmulatorContainerConfigurationTests {

	@Test
	void exposesTheEmulatorsPortWithTheEmulatorsDefaults() {
		try (SlackEmulatorContainer container = new SlackEmulatorContainer()) {
			assertThat(container.getExposedPorts()).containsExactly(8080);
			assertThat(container.getBotToken()).isEqualTo(SlackEmulator.DEFAULT_BOT_TOKEN);
			assertThat(container.getAppToken()).isEqualTo(SlackEmulator.DEFAULT_APP_TOKEN);
			assertThat(container.getSigningSecret()).isEqualTo(SlackEmulator.DEFAULT_SIGNING_SECRET);
			assertThat(container.getEnvMap()).isEmpty();
		}
	}

	@Test
	void passesTheSettingsToTheEmulatorThroughItsEnvironment() {
		try (SlackEmulatorContainer container = new SlackEmulatorContainer("slack-emulator:0.1.0")
			.withBotToken("xoxb-1")
			.withAppToken("xapp-1")
			.withSigningSecret("s3cret")
			.withRateLimits(true)
			.withEventsRequestUrl("http://host.docker.internal:8080/slack/events")
			.withWorkspace(MountableFile.forClasspathResource("slack-workspace.json"))) {
			assertThat(container.getEnvMap()).containsEntry("SLACK_EMULATOR_BOT_TOKEN", "xoxb-1")
				.containsEntry("SLACK_EMULATOR_APP_TOKEN", "xapp-1")
				.containsEntry("SLACK_EMULATOR_SIGNING_SECRET", "s3cret")
				.containsEntry("SLACK_EMULATOR_RATE_LIMITS", "true")
				.containsEntry("SLACK_EMULATOR_EVENTS_REQUEST_URL", "http://host.docker.internal:8080/slack/events")
				.containsEntry("SLACK_EMULATOR_WORKSPACE", "/app/workspace.json");
			assertThat(container.getExtraHosts()).containsExactly("host.docker.internal:host-gateway");
			assertThat(container.getBotToken()).isEqualTo("xoxb-1");
			assertThat(container.getAppToken()).isEqualTo("xapp-1");
			assertThat(container.getSigningSecret()).isEqualTo("s3cret");
		}
	}

	@Test
	void anotherImageMustBeDeclaredASubstitute() {
		assertThatIllegalStateException().isThrownBy(() -> new SlackEmulatorContainer("example/slack-fake:1"))
			.withMessageContaining("slack-emulator");

		DockerImageName substitute = DockerImageName.parse("registry.example/slack-emulator:1")
			.asCompatibleSubstituteFor("slack-emulator");
		try (SlackEmulatorContainer container = new SlackEmulatorContainer(substitute)) {
			assertThat(container.getExposedPorts()).containsExactly(8080);
		}
	}

}
