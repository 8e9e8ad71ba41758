package dev.slackboot.testcontainers;

import dev.slackboot.autoconfigure.SlackConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} giving the {@link SlackConnectionDetails} of a
 * {@code @ServiceConnection}-annotated {@link SlackEmulatorContainer}: its Web API base URL on the Docker host and
 * its tokens and signing secret.
 */
class SlackEmulatorContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<SlackEmulatorContainer, SlackConnectionDetails> {

	@Override
	protected SlackConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<SlackEmulatorContainer> source) {
		return new SlackEmulatorContainerConnectionDetails(source);
	}

	/**
	 * {@link SlackConnectionDetails} backed by a {@link SlackEmulatorContainer}, started on first use.
	 */
	static final class SlackEmulatorContainerConnectionDetails
			extends ContainerConnectionDetails<SlackEmulatorContainer> implements SlackConnectionDetails {

		SlackEmulatorContainerConnectionDetails(ContainerConnectionSource<SlackEmulatorContainer> source) {
			super(source);
		}

		@Override
		public String webApiBaseUrl() {
			return getContainer().getWebApiBaseUrl();
		}

		@Override
		public String token() {
			return getContainer().getBotToken();
		}

		@Override
		public String appToken() {
			return getContainer().getAppToken();
		}

		@Override
		public String signingSecret() {
			return getContainer().getSigningSecret();
		}

	}

}
