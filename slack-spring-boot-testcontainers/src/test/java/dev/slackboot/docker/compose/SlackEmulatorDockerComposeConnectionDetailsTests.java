package dev.slackboot.docker.compose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.slackboot.docker.compose.SlackEmulatorDockerComposeConnectionDetailsFactory.SlackEmulatorDockerComposeConnectionDetails;
import dev.slackboot.test.emulator.SlackEmulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection details of a running {@code slack-emulator} Compose service, from its published port and its
 * environment.
 */
class SlackEmulatorDockerComposeConnectionDetailsTests {

	@Test
	void usesThePublishedPortAndTheEmulatorsDefaults() {
		SlackEmulatorDockerComposeConnectionDetails details = new SlackEmulatorDockerComposeConnectionDetails(
				service(Map.of("SLACK_EMULATOR_PORT", "8080", "SLACK_EMULATOR_HOST", "0.0.0.0"), 8080, 32801));

		assertThat(details.webApiBaseUrl()).isEqualTo("http://127.0.0.1:32801/api/");
		assertThat(details.token()).isEqualTo(SlackEmulator.DEFAULT_BOT_TOKEN);
		assertThat(details.appToken()).isEqualTo(SlackEmulator.DEFAULT_APP_TOKEN);
		assertThat(details.signingSecret()).isEqualTo(SlackEmulator.DEFAULT_SIGNING_SECRET);
	}

	@Test
	void usesTheTokensAndPortOfTheServicesEnvironment() {
		SlackEmulatorDockerComposeConnectionDetails details = new SlackEmulatorDockerComposeConnectionDetails(
				service(Map.of("SLACK_EMULATOR_PORT", "9000", "SLACK_EMULATOR_BOT_TOKEN", "xoxb-compose",
						"SLACK_EMULATOR_APP_TOKEN", "xapp-compose", "SLACK_EMULATOR_SIGNING_SECRET", "compose-secret"),
						9000, 40000));

		assertThat(details.webApiBaseUrl()).isEqualTo("http://127.0.0.1:40000/api/");
		assertThat(details.token()).isEqualTo("xoxb-compose");
		assertThat(details.appToken()).isEqualTo("xapp-compose");
		assertThat(details.signingSecret()).isEqualTo("compose-secret");
	}

	@Test
	void fallsBackToPort8080WhenTheEnvironmentDoesNotNameOne() {
		Map<String, @Nullable String> env = new HashMap<>();
		env.put("SLACK_EMULATOR_BOT_TOKEN", null);

		SlackEmulatorDockerComposeConnectionDetails details = new SlackEmulatorDockerComposeConnectionDetails(
				service(env, 8080, 32802));

		assertThat(details.webApiBaseUrl()).isEqualTo("http://127.0.0.1:32802/api/");
		assertThat(details.token()).isEqualTo(SlackEmulator.DEFAULT_BOT_TOKEN);
		assertThat(details).hasToString("SlackEmulatorDockerComposeConnectionDetails[http://127.0.0.1:32802/api/]");
	}

	private static RunningService service(Map<String, @Nullable String> env, int containerPort, int hostPort) {
		return new RunningService() {

			@Override
			public String name() {
				return "slack";
			}

			@Override
			public ImageReference image() {
				return ImageReference.of("slack-emulator:latest");
			}

			@Override
			public String host() {
				return "127.0.0.1";
			}

			@Override
			public ConnectionPorts ports() {
				return new ConnectionPorts() {

					@Override
					public int get(int port) {
						if (port != containerPort) {
							throw new IllegalStateException("No host port for " + port);
						}
						return hostPort;
					}

					@Override
					public List<Integer> getAll() {
						return List.of(hostPort);
					}

					@Override
					public List<Integer> getAll(@Nullable String protocol) {
						return List.of(hostPort);
					}

				};
			}

			@Override
			public Map<String, @Nullable String> env() {
				return env;
			}

			@Override
			public Map<String, String> labels() {
				return Map.of();
			}

		};
	}

}
