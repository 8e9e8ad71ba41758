package dev.slackboot.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackWebClientAutoConfiguration}.
 */
class SlackWebClientAutoConfigurationTests {

	private static final String TOKEN = "xoxb-42-secret";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(SlackWebClientAutoConfiguration.class, WebClientAutoConfiguration.class,
					JacksonAutoConfiguration.class));

	@Test
	void clientIsBuiltFromPropertiesOnBootsWebClientBuilder() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\"}")));
		this.runner.withUserConfiguration(HeaderCustomizerConfiguration.class)
			.withPropertyValues("slack.token=" + TOKEN, "slack.web.base-url=" + slack.baseUrl() + "/api/")
			.run((context) -> {
				SlackWebClient client = context.getBean(SlackWebClient.class);
				assertThat(client.auth().test().block().userId()).isEqualTo("U1");
				slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.test"))
					.withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.withHeader("X-From-Boot-Builder", equalTo("yes")));
			});
	}

	@Test
	void httpConnectorIsCreatedByTheFirstCallNotAtStartup() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\"}")));
		this.runner.withUserConfiguration(LazyConnectorConfiguration.class)
			.withPropertyValues("slack.token=" + TOKEN, "slack.web.base-url=" + slack.baseUrl() + "/api/")
			.run((context) -> {
				LazyConnectorConfiguration connector = context.getBean(LazyConnectorConfiguration.class);
				assertThat(connector.created).as("connector created at startup").isFalse();
				assertThat(context.getBean(SlackWebClient.class).auth().test().block().userId()).isEqualTo("U1");
				assertThat(connector.created).as("connector created by the first call").isTrue();
			});
	}

	@Test
	void connectTimeoutKeepsBootsWebClientBuilder() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\"}")));
		this.runner.withUserConfiguration(HeaderCustomizerConfiguration.class)
			.withPropertyValues("slack.token=" + TOKEN, "slack.web.base-url=" + slack.baseUrl() + "/api/",
					"slack.web.connect-timeout=2s")
			.run((context) -> {
				assertThat(context.getBean(SlackWebClient.class).auth().test().block().userId()).isEqualTo("U1");
				slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.test")).withHeader("X-From-Boot-Builder",
						equalTo("yes")));
			});
	}

	@Test
	void connectionDetailsBeanTakesPrecedenceOverProperties() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true}")));
		this.runner.withPropertyValues("slack.token=xoxb-from-properties", "slack.web.base-url=http://127.0.0.1:1/")
			.withBean(SlackConnectionDetails.class, () -> new SlackConnectionDetails() {
				@Override
				public String webApiBaseUrl() {
					return slack.baseUrl() + "/api/";
				}

				@Override
				public String token() {
					return "xoxb-from-details";
				}
			})
			.run((context) -> {
				context.getBean(SlackWebClient.class).auth().test().block();
				slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.test"))
					.withHeader("Authorization", equalTo("Bearer xoxb-from-details")));
			});
	}

	@Test
	void backsOffToUserDefinedClient() {
		SlackWebClient own = SlackWebClient.builder().token("xoxb-own").build();
		this.runner.withBean(SlackWebClient.class, () -> own)
			.run((context) -> assertThat(context).getBean(SlackWebClient.class).isSameAs(own));
	}

	@Test
	void customizersApplyInOrder() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true}")));
		this.runner.withPropertyValues("slack.token=" + TOKEN, "slack.web.base-url=http://127.0.0.1:1/")
			.withBean(SlackWebClientCustomizer.class,
					() -> (builder) -> builder.baseUrl(slack.baseUrl() + "/api/").retryPolicy(SlackRetryPolicy.none()))
			.run((context) -> {
				context.getBean(SlackWebClient.class).auth().test().block();
				slack.verify(1, postRequestedFor(urlPathEqualTo("/api/auth.test")));
			});
	}

	@Test
	void propertiesBind() {
		this.runner
			.withPropertyValues("slack.token=" + TOKEN, "slack.app-token=xapp-1-x", "slack.web.response-timeout=5s",
					"slack.web.connect-timeout=2s", "slack.web.retry.max-retries=7",
					"slack.web.retry.max-retry-after=90s")
			.run((context) -> {
				SlackProperties properties = context.getBean(SlackProperties.class);
				assertThat(properties.getWeb().getResponseTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getWeb().getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getWeb().getRetry().toPolicy().maxRetries()).isEqualTo(7);
				assertThat(properties.getWeb().getRetry().toPolicy().maxRetryAfter()).isEqualTo(Duration.ofSeconds(90));
				assertThat(properties.toString()).doesNotContain("secret", "xapp-1-x");
				assertThat(context.getBean(SlackConnectionDetails.class).toString()).doesNotContain("secret");
				assertThat(context.getBean(SlackWebClient.class).toString()).doesNotContain("secret");
			});
	}

	@Test
	void defaultsMatchTheClientDefaults() {
		SlackProperties properties = new SlackProperties();
		assertThat(properties.getWeb().getRetry().toPolicy()).isEqualTo(SlackRetryPolicy.defaults());
		assertThat(properties.getWeb().getBaseUrl()).isEqualTo(SlackWebClient.DEFAULT_BASE_URL);
	}

	@Test
	void missingTokenFailsStartupNamingPropertyAndEnvironmentVariable() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("slack.token", "not set");
			assertThat(analysis.getAction()).contains("slack.token", "SLACK_TOKEN", "xoxb-");
		});
	}

	@Test
	void blankTokenFailsStartup() {
		this.runner.withPropertyValues("slack.token= ")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription()).contains("blank"));
	}

	@Test
	void appTokenInTheBotTokenPropertyFailsStartupWithTheFix() {
		this.runner.withPropertyValues("slack.token=xapp-1-A1-secret").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("app-level token").doesNotContain("secret");
			assertThat(analysis.getAction()).contains("slack.app-token");
		});
	}

	@Test
	void malformedTokenFailsStartupWithoutEchoingIt() {
		this.runner.withPropertyValues("slack.token=hunter2-secret").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("does not start with xoxb-").doesNotContain("hunter2");
		});
	}

	@Test
	void botTokenInTheAppTokenPropertyFailsStartup() {
		this.runner.withPropertyValues("slack.token=" + TOKEN, "slack.app-token=" + TOKEN)
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("slack.app-token", "xapp-"));
	}

	@Test
	void noClientWithoutWebClientOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.withPropertyValues("slack.token=" + TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackWebClient.class));
	}

	private static FailureAnalysis analyze(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof InvalidSlackTokenException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("startup failure caused by InvalidSlackTokenException").isNotNull();
		return new InvalidSlackTokenFailureAnalyzer().analyze(failure);
	}

	@Configuration(proxyBeanMethods = false)
	static class LazyConnectorConfiguration {

		volatile boolean created;

		@Bean
		@Lazy
		ClientHttpConnector clientHttpConnector() {
			this.created = true;
			return new ReactorClientHttpConnector();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HeaderCustomizerConfiguration {

		@Bean
		WebClientCustomizer headerCustomizer() {
			return (builder) -> builder.defaultHeader("X-From-Boot-Builder", "yes");
		}

	}

}
