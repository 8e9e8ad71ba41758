package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.metrics.SlackEventsApiMeterBinder;
import dev.slackboot.web.SlackWebClient;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Auto-configuration for Slack's Events API over HTTP, in a reactive web application: a
 * {@link SlackEventsApiHandler} served at {@code slack.events.path} (default {@code /slack/events}) that verifies
 * each request with the signing secret of {@link SlackConnectionDetails} and hands events, slash commands and
 * interactions to the listener dispatcher; a {@link SlackEventsApiMeterBinder} when Micrometer is in use.
 *
 * <p>
 * On when a signing secret is configured ({@code slack.signing-secret}, {@code SLACK_SIGNING_SECRET}, or
 * connection details that provide one) unless {@code slack.events.enabled} is {@code false}. Setting
 * {@code slack.events.enabled=true} without a signing secret fails the startup. Works beside RTM and Socket
 * Mode: an event delivered over several transports reaches the listeners once (the dispatcher drops event IDs it
 * has seen). At startup the app's identity is read with {@code auth.test} unless a transport already set it, so
 * that listeners ignore the app's own events over HTTP too.
 */
@AutoConfiguration(after = { SlackWebClientAutoConfiguration.class, SlackListenerAutoConfiguration.class },
		afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ RouterFunction.class, SlackEventsApiHandler.class })
@ConditionalOnBooleanProperty(name = OnSlackSigningSecretCondition.ENABLED_PROPERTY, matchIfMissing = true)
@Conditional(OnSlackSigningSecretCondition.class)
@EnableConfigurationProperties(SlackProperties.class)
public final class SlackEventsApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SlackEventsApiHandler slackEventsApiHandler(SlackProperties properties, SlackConnectionDetails connectionDetails,
			SlackEventDispatcher dispatcher, ObjectProvider<JsonMapper> jsonMapper) {
		SlackProperties.Events events = properties.getEvents();
		SlackEventsApiHandler.Builder builder = SlackEventsApiHandler.builder()
			.signingSecret(signingSecret(connectionDetails))
			.eventHandler(dispatcher)
			.maxBodySize(maxBodySize(events.getMaxBodySize()))
			.timestampTolerance(timestampTolerance(events.getTimestampTolerance()));
		jsonMapper.ifAvailable(builder::jsonMapper);
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean(name = "slackEventsApiRouterFunction")
	RouterFunction<ServerResponse> slackEventsApiRouterFunction(SlackEventsApiHandler slackEventsApiHandler,
			SlackProperties properties) {
		String path = properties.getEvents().getPath();
		if (!StringUtils.hasText(path) || !path.startsWith("/")) {
			throw new InvalidConfigurationPropertyValueException("slack.events.path", path,
					"It must be a path starting with '/', e.g. /slack/events.");
		}
		return slackEventsApiHandler.routerFunction(path);
	}

	@Bean
	@ConditionalOnMissingBean
	SlackSelfIdentityInitializer slackSelfIdentityInitializer(SlackEventDispatcher dispatcher,
			ObjectProvider<SlackWebClient> webClient) {
		return new SlackSelfIdentityInitializer(dispatcher, webClient.getIfUnique());
	}

	private static String signingSecret(SlackConnectionDetails connectionDetails) {
		String signingSecret = connectionDetails.signingSecret();
		if (!StringUtils.hasText(signingSecret)) {
			throw new InvalidConfigurationPropertyValueException(OnSlackSigningSecretCondition.ENABLED_PROPERTY, true,
					"The Events API endpoint needs the app's signing secret, found under 'Basic Information' in the "
							+ "app's settings: set '" + OnSlackSigningSecretCondition.SIGNING_SECRET_PROPERTY
							+ "' (environment variable SLACK_SIGNING_SECRET), or set '"
							+ OnSlackSigningSecretCondition.ENABLED_PROPERTY + "' to false.");
		}
		return signingSecret;
	}

	private static DataSize maxBodySize(DataSize maxBodySize) {
		if (maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
			throw new InvalidConfigurationPropertyValueException("slack.events.max-body-size", maxBodySize,
					"It must be between 1B and 2GB; Slack's requests are a few KB.");
		}
		return maxBodySize;
	}

	private static Duration timestampTolerance(Duration tolerance) {
		if (tolerance.isZero() || tolerance.isNegative()) {
			throw new InvalidConfigurationPropertyValueException("slack.events.timestamp-tolerance", tolerance,
					"It must be positive; Slack recommends 5m.");
		}
		return tolerance;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterRegistry.class, SlackEventsApiMeterBinder.class })
	@ConditionalOnBean(MeterRegistry.class)
	static class SlackEventsApiMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SlackEventsApiMeterBinder slackEventsApiMeterBinder(SlackEventsApiHandler slackEventsApiHandler) {
			return new SlackEventsApiMeterBinder(slackEventsApiHandler);
		}

	}

}
