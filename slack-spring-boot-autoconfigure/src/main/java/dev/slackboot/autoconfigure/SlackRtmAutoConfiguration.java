package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.rtm.RtmConnectMethod;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmOptions;
import dev.slackboot.web.SlackWebClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for Slack's Real Time Messaging API, when {@code slack.rtm.enabled} is {@code true}: a
 * {@link SlackRtmClient} configured from the {@code slack.rtm.*} properties that hands its events to the
 * listener dispatcher, and the {@link SlackRtmLifecycle} that connects it once the application started
 * ({@code slack.rtm.auto-startup}) and closes it first on shutdown.
 *
 * <p>
 * The client opens its sessions ({@code rtm.connect}, {@code auth.test}) with a twin of the application's
 * {@link SlackWebClient} that does not retry rate-limited calls, so that the RTM client itself waits for
 * Slack's {@code Retry-After}: its state then shows the wait, and a stop ends it.
 */
@AutoConfiguration(after = { SlackWebClientAutoConfiguration.class, SlackListenerAutoConfiguration.class },
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(SlackRtmClient.class)
@ConditionalOnBooleanProperty("slack.rtm.enabled")
@EnableConfigurationProperties(SlackProperties.class)
public final class SlackRtmAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SlackRtmClient slackRtmClient(SlackProperties properties, SlackWebClient webClient,
			SlackEventDispatcher dispatcher, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SlackRtmClientCustomizer> customizers) {
		SlackRtmOptions options = rtmOptions(properties.getRtm());
		SlackWebClient sessionClient = webClient.withRetryPolicy(webClient.retryPolicy().withoutRateLimitRetries());
		SlackRtmClient.Builder builder = SlackRtmClient.builder(sessionClient).options(options).eventHandler(dispatcher);
		jsonMapper.ifAvailable(builder::jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	SlackRtmLifecycle slackRtmLifecycle(SlackRtmClient slackRtmClient, SlackEventDispatcher dispatcher,
			SlackProperties properties) {
		return new SlackRtmLifecycle(slackRtmClient, dispatcher, properties.getRtm().isAutoStartup());
	}

	/**
	 * Maps the {@code slack.rtm.*} properties to client options; a value the client cannot use fails the startup
	 * naming the property.
	 */
	static SlackRtmOptions rtmOptions(SlackProperties.Rtm rtm) {
		SlackProperties.Reconnect reconnect = rtm.getReconnect();
		requirePositive("slack.rtm.ping-interval", rtm.getPingInterval());
		requirePositive("slack.rtm.reconnect.initial-backoff", reconnect.getInitialBackoff());
		if (reconnect.getMaxBackoff().compareTo(reconnect.getInitialBackoff()) < 0) {
			throw new InvalidConfigurationPropertyValueException("slack.rtm.reconnect.max-backoff",
					reconnect.getMaxBackoff(), "It must not be shorter than 'slack.rtm.reconnect.initial-backoff' ("
							+ reconnect.getInitialBackoff() + ").");
		}
		requireNotNegative("slack.rtm.reconnect.stable-period", reconnect.getStablePeriod());
		requireNotNegative("slack.rtm.send-interval", rtm.getSendInterval());
		return SlackRtmOptions.builder()
			.connectMethod(connectMethod(rtm.getConnectMethod()))
			.pingInterval(rtm.getPingInterval())
			.reconnectBackoff(reconnect.getInitialBackoff(), reconnect.getMaxBackoff())
			.reconnectStablePeriod(reconnect.getStablePeriod())
			.sendInterval(rtm.getSendInterval())
			.build();
	}

	private static RtmConnectMethod connectMethod(String name) {
		try {
			return RtmConnectMethod.of(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("slack.rtm.connect-method", name,
					"Use 'rtm.connect' (recommended) or 'rtm.start'.", ex);
		}
	}

	private static void requirePositive(String property, Duration value) {
		if (value.isZero() || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "It must be positive.");
		}
	}

	private static void requireNotNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "It must not be negative.");
		}
	}

}
