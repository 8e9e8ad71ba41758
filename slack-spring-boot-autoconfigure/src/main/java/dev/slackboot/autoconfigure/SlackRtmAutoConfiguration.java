package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.rtm.RtmConnectMethod;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmOptions;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.MethodMetadata;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration for Slack's Real Time Messaging API, when {@code slack.rtm.enabled} is {@code true}: a
 * {@link SlackRtmClient} configured from the {@code slack.rtm.*} properties that hands its events to the
 * listener dispatcher, and the {@link SlackRtmLifecycle} that connects it once the application started
 * ({@code slack.rtm.auto-startup}) and closes it first on shutdown.
 *
 * <p>
 * The client opens its sessions ({@code rtm.connect}, {@code auth.test}) with a twin of the auto-configured
 * {@link SlackWebClient} that does not retry rate-limited calls, so that the RTM client itself waits for
 * Slack's {@code Retry-After}: its state then shows the wait, and a stop ends it. A {@code SlackWebClient}
 * the application defines is used as it is.
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
			SlackEventDispatcher dispatcher, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<SlackConnectionDetails> connectionDetails, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<SlackWebClientCustomizer> webClientCustomizers,
			ObjectProvider<SlackRtmClientCustomizer> customizers) {
		SlackRtmOptions options = rtmOptions(properties.getRtm());
		SlackConnectionDetails details = connectionDetails.getIfAvailable();
		SlackWebClient sessionClient = (details != null && isAutoConfigured(beanFactory))
				? sessionClient(properties.getWeb(), details, webClientBuilder, jsonMapper, webClientCustomizers)
				: webClient;
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

	/**
	 * Tells whether the application's only {@link SlackWebClient} is the one
	 * {@link SlackWebClientAutoConfiguration} built from the properties, which can be built again without
	 * rate-limit retries.
	 */
	private static boolean isAutoConfigured(ConfigurableListableBeanFactory beanFactory) {
		String[] names = beanFactory.getBeanNamesForType(SlackWebClient.class, false, false);
		if (names.length != 1 || !beanFactory.containsBeanDefinition(names[0])) {
			return false;
		}
		BeanDefinition definition = beanFactory.getBeanDefinition(names[0]);
		MethodMetadata factoryMethod = (definition instanceof AnnotatedBeanDefinition annotated)
				? annotated.getFactoryMethodMetadata() : null;
		return factoryMethod != null
				&& SlackWebClientAutoConfiguration.class.getName().equals(factoryMethod.getDeclaringClassName());
	}

	/**
	 * Builds the client that opens RTM sessions as {@link SlackWebClientAutoConfiguration} builds the application's
	 * client, but without rate-limit retries.
	 */
	private static SlackWebClient sessionClient(SlackProperties.Web web, SlackConnectionDetails details,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SlackWebClientCustomizer> customizers) {
		WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		Duration connectTimeout = web.getConnectTimeout();
		if (connectTimeout != null) {
			webClient.clientConnector(ClientHttpConnectorBuilder.detect()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout)));
		}
		SlackWebClient.Builder builder = SlackWebClient.builder()
			.webClientBuilder(webClient)
			.baseUrl(details.webApiBaseUrl())
			.token(SlackTokenValidator.botToken(details.token()))
			.responseTimeout(web.getResponseTimeout());
		jsonMapper.ifAvailable(builder::jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.retryPolicy(withoutRateLimitRetries(web.getRetry().toPolicy())).build();
	}

	private static SlackRetryPolicy withoutRateLimitRetries(SlackRetryPolicy policy) {
		return new SlackRetryPolicy(policy.maxRetries(), policy.initialBackoff(), policy.maxBackoff(), 0,
				policy.maxRetryAfter(), policy.rateLimitJitter());
	}

}
