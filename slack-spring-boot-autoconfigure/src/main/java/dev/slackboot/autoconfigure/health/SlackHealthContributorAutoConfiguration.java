package dev.slackboot.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.slackboot.rtm.SlackRtmClient;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code slack} health contributor, switched by {@code management.health.slack.enabled}.
 *
 * <p>
 * The contributor is a composite keyed by transport, so that every connection an application keeps to Slack
 * shows up under {@code slack}: today {@code rtm} ({@link SlackRtmHealthIndicator}); with several RTM clients,
 * one entry per bean name.
 */
@AutoConfiguration(afterName = { "dev.slackboot.autoconfigure.SlackRtmAutoConfiguration",
		"dev.slackboot.autoconfigure.SlackListenerAutoConfiguration" })
@ConditionalOnClass({ AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(SlackRtmClient.class)
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
		return CompositeHealthContributor.fromMap(contributors);
	}

}
