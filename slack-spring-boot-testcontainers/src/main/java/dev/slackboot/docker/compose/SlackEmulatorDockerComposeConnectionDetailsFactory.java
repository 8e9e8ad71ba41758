package dev.slackboot.docker.compose;

import java.util.Map;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.test.emulator.SlackEmulatorApplication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;

/**
 * {@link DockerComposeConnectionDetailsFactory} giving the {@link SlackConnectionDetails} of a Docker Compose
 * service running the {@code slack-emulator} image (or labelled
 * {@code org.springframework.boot.service-connection: slack-emulator}): the Web API at the service's published
 * port, and the tokens and signing secret of its {@code SLACK_EMULATOR_*} environment, the emulator's defaults
 * unless set.
 */
class SlackEmulatorDockerComposeConnectionDetailsFactory
		extends DockerComposeConnectionDetailsFactory<SlackConnectionDetails> {

	private static final String CONNECTION_NAME = "slack-emulator";

	SlackEmulatorDockerComposeConnectionDetailsFactory() {
		super(CONNECTION_NAME);
	}

	@Override
	protected SlackConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
		return new SlackEmulatorDockerComposeConnectionDetails(source.getRunningService());
	}

	/**
	 * {@link SlackConnectionDetails} backed by a running {@code slack-emulator} service.
	 */
	static final class SlackEmulatorDockerComposeConnectionDetails extends DockerComposeConnectionDetails
			implements SlackConnectionDetails {

		private final String webApiBaseUrl;

		private final String token;

		private final String appToken;

		private final String signingSecret;

		SlackEmulatorDockerComposeConnectionDetails(RunningService service) {
			super(service);
			Map<String, @Nullable String> env = service.env();
			int port = Integer.parseInt(
					value(env, SlackEmulatorApplication.PORT, String.valueOf(SlackEmulatorApplication.DEFAULT_PORT)));
			this.webApiBaseUrl = "http://" + service.host() + ":" + service.ports().get(port) + "/api/";
			this.token = value(env, SlackEmulatorApplication.BOT_TOKEN, SlackEmulator.DEFAULT_BOT_TOKEN);
			this.appToken = value(env, SlackEmulatorApplication.APP_TOKEN, SlackEmulator.DEFAULT_APP_TOKEN);
			this.signingSecret = value(env, SlackEmulatorApplication.SIGNING_SECRET,
					SlackEmulator.DEFAULT_SIGNING_SECRET);
		}

		private static String value(Map<String, @Nullable String> env, String name, String fallback) {
			String value = env.get(name);
			return (value != null && !value.isBlank()) ? value.trim() : fallback;
		}

		@Override
		public String webApiBaseUrl() {
			return this.webApiBaseUrl;
		}

		@Override
		public String token() {
			return this.token;
		}

		@Override
		public String appToken() {
			return this.appToken;
		}

		@Override
		public String signingSecret() {
			return this.signingSecret;
		}

		@Override
		public String toString() {
			return "SlackEmulatorDockerComposeConnectionDetails[" + this.webApiBaseUrl + "]";
		}

	}

}
