package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.web.SlackWebClient;
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
 * client observations and customizers apply) and the application's {@link JsonMapper}.
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
		WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		if (web.getConnectTimeout() != null) {
			applyConnectTimeout(webClient, web.getConnectTimeout());
		}
		SlackWebClient.Builder builder = SlackWebClient.builder()
			.webClientBuilder(webClient)
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
	 * Applies {@code slack.web.connect-timeout} through Spring Boot's HTTP client settings, keeping the
	 * detected connector kind.
	 */
	private static void applyConnectTimeout(WebClient.Builder webClient, Duration connectTimeout) {
		webClient.clientConnector(ClientHttpConnectorBuilder.detect()
			.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout)));
	}

}
