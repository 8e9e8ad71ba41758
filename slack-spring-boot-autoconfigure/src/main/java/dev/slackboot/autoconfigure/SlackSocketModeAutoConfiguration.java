package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.metrics.SlackSocketModeMeterBinder;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeOptions;
import dev.slackboot.web.SlackWebClient;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration for Slack's Socket Mode, when {@code slack.socket-mode.enabled} is {@code true}: a
 * {@link SlackSocketModeClient} configured from the {@code slack.socket-mode.*} properties that hands its events
 * to the listener dispatcher, the {@link SlackSocketModeLifecycle} that connects it once the application started
 * ({@code slack.socket-mode.auto-startup}) and closes it first on shutdown, and a
 * {@link SlackSocketModeMeterBinder} when Micrometer is in use.
 *
 * <p>
 * Socket Mode needs the app-level token ({@code slack.app-token}, environment variable {@code SLACK_APP_TOKEN},
 * or connection details that provide one): without it the startup fails naming the property. The client opens
 * its sockets ({@code apps.connections.open}) with a twin of the application's {@link SlackWebClient} that does
 * not retry rate-limited calls, so that the client itself waits for Slack's {@code Retry-After}. Works beside RTM
 * and the Events API: an event delivered over several transports reaches the listeners once.
 */
@AutoConfiguration(after = { SlackWebClientAutoConfiguration.class, SlackListenerAutoConfiguration.class },
		afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(SlackSocketModeClient.class)
@ConditionalOnBooleanProperty("slack.socket-mode.enabled")
@EnableConfigurationProperties(SlackProperties.class)
public final class SlackSocketModeAutoConfiguration {

	private static final String APP_TOKEN_PROPERTY = "slack.app-token";

	@Bean
	@ConditionalOnMissingBean
	SlackSocketModeClient slackSocketModeClient(SlackProperties properties, SlackConnectionDetails connectionDetails,
			SlackWebClient webClient, SlackEventDispatcher dispatcher, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SlackSocketModeClientCustomizer> customizers) {
		requireAppToken(connectionDetails);
		SlackSocketModeOptions options = socketModeOptions(properties.getSocketMode());
		SlackWebClient sessionClient = webClient.withRetryPolicy(webClient.retryPolicy().withoutRateLimitRetries());
		SlackSocketModeClient.Builder builder = SlackSocketModeClient.builder(sessionClient)
			.options(options)
			.eventHandler(dispatcher);
		jsonMapper.ifAvailable(builder::jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	SlackSocketModeLifecycle slackSocketModeLifecycle(SlackSocketModeClient slackSocketModeClient,
			SlackEventDispatcher dispatcher, ObjectProvider<SlackWebClient> webClient, SlackProperties properties) {
		return new SlackSocketModeLifecycle(slackSocketModeClient, dispatcher, webClient.getIfUnique(),
				properties.getSocketMode().isAutoStartup());
	}

	/**
	 * Fails the startup when no app-level token is configured; a malformed one was already refused when the
	 * {@link SlackWebClient} was built.
	 */
	private static void requireAppToken(SlackConnectionDetails connectionDetails) {
		if (connectionDetails.appToken() == null) {
			throw new InvalidSlackTokenException(APP_TOKEN_PROPERTY, "it is not set, and Socket Mode needs it "
					+ "('slack.socket-mode.enabled' is true)", "Set '" + APP_TOKEN_PROPERTY + "' (environment "
							+ "variable SLACK_APP_TOKEN) to an app-level token (xapp-...) with the connections:write "
							+ "scope, created under 'Basic Information' in the app's settings, and turn Socket Mode on "
							+ "in the app's settings; or set 'slack.socket-mode.enabled' to false.");
		}
	}

	/**
	 * Maps the {@code slack.socket-mode.*} properties to client options; a value the client cannot use fails the
	 * startup naming the property.
	 */
	static SlackSocketModeOptions socketModeOptions(SlackProperties.SocketMode socketMode) {
		SlackProperties.Reconnect reconnect = socketMode.getReconnect();
		int connections = socketMode.getConnections();
		if (connections < 1 || connections > SlackSocketModeOptions.MAX_CONNECTIONS) {
			throw new InvalidConfigurationPropertyValueException("slack.socket-mode.connections", connections,
					"It must be between 1 and " + SlackSocketModeOptions.MAX_CONNECTIONS
							+ ": Slack allows an app at most " + SlackSocketModeOptions.MAX_CONNECTIONS
							+ " connections.");
		}
		requirePositive("slack.socket-mode.ping-interval", socketMode.getPingInterval());
		requirePositive("slack.socket-mode.reconnect.initial-backoff", reconnect.getInitialBackoff());
		if (reconnect.getMaxBackoff().compareTo(reconnect.getInitialBackoff()) < 0) {
			throw new InvalidConfigurationPropertyValueException("slack.socket-mode.reconnect.max-backoff",
					reconnect.getMaxBackoff(), "It must not be shorter than "
							+ "'slack.socket-mode.reconnect.initial-backoff' (" + reconnect.getInitialBackoff() + ").");
		}
		if (reconnect.getStablePeriod().isNegative()) {
			throw new InvalidConfigurationPropertyValueException("slack.socket-mode.reconnect.stable-period",
					reconnect.getStablePeriod(), "It must not be negative.");
		}
		return SlackSocketModeOptions.builder()
			.connections(connections)
			.pingInterval(socketMode.getPingInterval())
			.reconnectBackoff(reconnect.getInitialBackoff(), reconnect.getMaxBackoff())
			.reconnectStablePeriod(reconnect.getStablePeriod())
			.build();
	}

	private static void requirePositive(String property, Duration value) {
		if (value.isZero() || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "It must be positive.");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterRegistry.class, SlackSocketModeMeterBinder.class })
	@ConditionalOnBean(MeterRegistry.class)
	static class SlackSocketModeMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SlackSocketModeMeterBinder slackSocketModeMeterBinder(SlackSocketModeClient slackSocketModeClient) {
			return new SlackSocketModeMeterBinder(slackSocketModeClient);
		}

	}

}
