package dev.slackboot.autoconfigure.metrics;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.metrics.SlackDispatcherMeterBinder;
import dev.slackboot.metrics.SlackRtmMeterBinder;
import dev.slackboot.rtm.SlackRtmClient;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Slack meters: a {@link SlackRtmMeterBinder} for the RTM client and a
 * {@link SlackDispatcherMeterBinder} for the event dispatcher, each when the application has one, bound to the
 * application's meter registries by Spring Boot.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackRtmAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackListenerAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, SlackRtmMeterBinder.class })
@ConditionalOnBean(MeterRegistry.class)
public final class SlackMetricsAutoConfiguration {

	@Bean
	@ConditionalOnSingleCandidate(SlackRtmClient.class)
	@ConditionalOnMissingBean
	SlackRtmMeterBinder slackRtmMeterBinder(SlackRtmClient client) {
		return new SlackRtmMeterBinder(client);
	}

	@Bean
	@ConditionalOnSingleCandidate(SlackEventDispatcher.class)
	@ConditionalOnMissingBean
	SlackDispatcherMeterBinder slackDispatcherMeterBinder(SlackEventDispatcher dispatcher) {
		return new SlackDispatcherMeterBinder(dispatcher);
	}

}
