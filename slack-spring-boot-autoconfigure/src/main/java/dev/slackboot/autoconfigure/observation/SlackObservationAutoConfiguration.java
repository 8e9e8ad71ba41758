package dev.slackboot.autoconfigure.observation;

import dev.slackboot.autoconfigure.SlackWebClientCustomizer;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.observation.ObservationSlackListenerInterceptor;
import dev.slackboot.observation.SlackApiObservationConvention;
import dev.slackboot.observation.SlackListenerObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that observes Slack Web API calls ({@code slack.api.calls}) and, unless
 * {@code slack.listener.observation-enabled} is {@code false}, listener invocations ({@code slack.listener}) with
 * the application's {@link ObservationRegistry}.
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, SlackApiObservationConvention.class })
@ConditionalOnBean(ObservationRegistry.class)
public final class SlackObservationAutoConfiguration {

	@Bean
	SlackWebClientCustomizer slackWebClientObservationCustomizer(ObservationRegistry observationRegistry,
			ObjectProvider<SlackApiObservationConvention> convention) {
		return (builder) -> builder.observationRegistry(observationRegistry)
			.observationConvention(convention.getIfUnique());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "slack.listener.observation-enabled", matchIfMissing = true)
	SlackListenerObservationInitializer slackListenerObservationInitializer(
			ObjectProvider<SlackEventDispatcher> dispatchers, ObservationRegistry observationRegistry,
			ObjectProvider<SlackListenerObservationConvention> convention) {
		return new SlackListenerObservationInitializer(dispatchers,
				new ObservationSlackListenerInterceptor(observationRegistry, convention.getIfUnique()));
	}

}
