package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.web.SlackWebClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration for the {@link SlackWebClient}: built on Spring Boot's {@link WebClient.Builder} (so HTTP
 * client observations and customizers apply) and the application's {@link JsonMapper}. Spring Boot's builder, and
 * the HTTP connector it creates, are asked for when the client makes its first call, not at startup.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration" })
@ConditionalOnClass({ SlackWebClient.class, WebClient.class })
@EnableConfigurationProperties(SlackProperties.class)
public final class SlackWebClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SlackConnectionDetails slackConnectionDetails(SlackProperties properties) {
		return new PropertiesSlackConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	SlackWebClient slackWebClient(SlackProperties properties, SlackConnectionDetails connectionDetails,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SlackWebClientCustomizer> customizers) {
		SlackProperties.Web web = properties.getWeb();
		Duration connectTimeout = web.getConnectTimeout();
		SlackWebClient.Builder builder = SlackWebClient.builder()
			.webClientBuilder(() -> webClientBuilder(webClientBuilder, connectTimeout))
			.baseUrl(connectionDetails.webApiBaseUrl())
			.token(SlackTokenValidator.botToken(connectionDetails.token()))
			.appToken(SlackTokenValidator.appToken(connectionDetails.appToken()))
			.responseTimeout(web.getResponseTimeout())
			.retryPolicy(web.getRetry().toPolicy());
		jsonMapper.ifAvailable(builder::jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * Returns Spring Boot's {@link WebClient.Builder}, with {@code slack.web.connect-timeout} applied through
	 * Spring Boot's HTTP client settings (keeping the detected connector kind). Asked when the client makes its
	 * first call, so that creating the HTTP connector is not part of the application's startup.
	 */
	private static WebClient.Builder webClientBuilder(ObjectProvider<WebClient.Builder> webClientBuilder,
			@Nullable Duration connectTimeout) {
		WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder);
		if (connectTimeout != null) {
			webClient.clientConnector(ClientHttpConnectorBuilder.detect()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout)));
		}
		return webClient;
	}

}
