package dev.slackboot.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.socket.SlackSocketModeClient;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configuration of the {@code slack} health contributor, switched by {@code management.health.slack.enabled}.
 *
 * <p>
 * The contributor is a composite keyed by transport, so that every connection an application keeps to Slack
 * shows up under {@code slack}: {@code rtm} ({@link SlackRtmHealthIndicator}), {@code socket-mode}
 * ({@link SlackSocketModeHealthIndicator}) and {@code events-api} ({@link SlackEventsApiHealthIndicator}); with
 * several of one transport, one entry per bean name.
 */
@AutoConfiguration(afterName = { "dev.slackboot.autoconfigure.SlackRtmAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackSocketModeAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackEventsApiAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackListenerAutoConfiguration" })
@ConditionalOnClass({ AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@Conditional(SlackHealthContributorAutoConfiguration.OnSlackConnectionCondition.class)
@ConditionalOnEnabledHealthIndicator("slack")
@EnableConfigurationProperties(SlackHealthIndicatorProperties.class)
public final class SlackHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "slackHealthIndicator", "slackHealthContributor" })
	HealthContributor slackHealthContributor(ConfigurableListableBeanFactory beanFactory,
			SlackHealthIndicatorProperties properties) {
		Map<String, SlackRtmClient> clients = beanFactory.getBeansOfType(SlackRtmClient.class);
		Map<String, HealthContributor> contributors = new LinkedHashMap<>();
		clients.forEach((name, client) -> contributors.put((clients.size() == 1) ? "rtm" : name,
				new SlackRtmHealthIndicator(client, properties.getDownAfter())));
		Map<String, SlackSocketModeClient> socketModeClients = beanFactory.getBeansOfType(SlackSocketModeClient.class);
		socketModeClients.forEach((name, client) -> contributors.put(
				(socketModeClients.size() == 1) ? "socket-mode" : name,
				new SlackSocketModeHealthIndicator(client, properties.getDownAfter())));
		Map<String, SlackEventsApiHandler> handlers = beanFactory.getBeansOfType(SlackEventsApiHandler.class);
		handlers.forEach((name, handler) -> contributors.put((handlers.size() == 1) ? "events-api" : name,
				new SlackEventsApiHealthIndicator(handler)));
		return CompositeHealthContributor.fromMap(contributors);
	}

	/**
	 * Matches when the application receives events from Slack: an RTM or a Socket Mode client, or an Events API
	 * endpoint.
	 */
	static final class OnSlackConnectionCondition extends AnyNestedCondition {

		OnSlackConnectionCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(SlackRtmClient.class)
		static final class OnRtmClient {

		}

		@ConditionalOnBean(SlackSocketModeClient.class)
		static final class OnSocketModeClient {

		}

		@ConditionalOnBean(SlackEventsApiHandler.class)
		static final class OnEventsApiHandler {

		}

	}

}
