package dev.slackboot.testcontainers;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection details factories are registered where Spring Boot looks for them.
 */
class ConnectionDetailsFactoriesRegistrationTests {

	@Test
	void bothFactoriesAreRegistered() {
		List<String> factories = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(ConnectionDetailsFactory.class)
			.stream()
			.map((factory) -> factory.getClass().getName())
			.toList();

		assertThat(factories).contains(SlackEmulatorContainerConnectionDetailsFactory.class.getName(),
				"dev.slackboot.docker.compose.SlackEmulatorDockerComposeConnectionDetailsFactory");
	}

}
