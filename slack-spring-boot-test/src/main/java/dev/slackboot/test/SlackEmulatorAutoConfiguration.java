package dev.slackboot.test;

import java.time.Duration;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.test.emulator.SlackEmulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Starts a {@link SlackEmulator} and provides its {@link SlackConnectionDetails}, ahead of the starter's own
 * auto-configuration; the application's startup completes once its RTM and Socket Mode clients are connected to
 * the emulator. Imported by {@link AutoConfigureSlackEmulator}, or given to
 * {@code SpringApplication.from(...).with(SlackEmulatorAutoConfiguration.class)} to run an application
 * against the emulator.
 */
@AutoConfiguration(beforeName = "dev.slackboot.autoconfigure.SlackWebClientAutoConfiguration")
public final class SlackEmulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SlackEmulatorAutoConfiguration.class);

	@Bean(destroyMethod = "stop")
	@ConditionalOnMissingBean
	SlackEmulator slackEmulator() {
		SlackEmulator emulator = SlackEmulator.create().start();
		if (logger.isInfoEnabled()) {
			logger.info("Slack emulator started: open " + emulator.pageUrl() + " to see its channels and post as a user");
		}
		return emulator;
	}

	@Bean
	@ConditionalOnMissingBean
	SlackEmulatorConnectionDetails slackEmulatorConnectionDetails(SlackEmulator slackEmulator) {
		return new SlackEmulatorConnectionDetails(slackEmulator);
	}

	@Bean
	SlackEmulatorReadiness slackEmulatorReadiness(ObjectProvider<SlackRtmClient> rtmClients,
			ObjectProvider<SlackSocketModeClient> socketModeClients) {
		return new SlackEmulatorReadiness(rtmClients.orderedStream().toList(),
				socketModeClients.orderedStream().toList(), Duration.ofSeconds(10));
	}

}
