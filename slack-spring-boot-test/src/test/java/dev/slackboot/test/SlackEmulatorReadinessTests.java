package dev.slackboot.test;

import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeState;
import dev.slackboot.test.emulator.SlackEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@link AutoConfigureSlackEmulator}, a test starts only once the application's RTM and Socket Mode clients
 * are connected, so its first post reaches the bot.
 */
@SpringBootTest(properties = { "slack.rtm.enabled=true", "slack.socket-mode.enabled=true" })
@AutoConfigureSlackEmulator
class SlackEmulatorReadinessTests {

	@Autowired
	SlackEmulator emulator;

	@Autowired
	SlackRtmClient rtm;

	@Autowired
	SlackSocketModeClient socketMode;

	@Test
	void transportsAreConnectedWhenTheTestStarts() {
		assertThat(this.rtm.getState()).isEqualTo(SlackRtmState.CONNECTED);
		assertThat(this.socketMode.getState()).isEqualTo(SlackSocketModeState.CONNECTED);
		assertThat(this.emulator.rtmConnections()).isEqualTo(1);
		assertThat(this.emulator.socketModeConnections()).isEqualTo(1);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
