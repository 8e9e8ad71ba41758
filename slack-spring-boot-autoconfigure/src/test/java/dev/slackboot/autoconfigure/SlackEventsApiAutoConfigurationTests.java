package dev.slackboot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackRequestVerifier;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.metrics.SlackEventsApiMeterBinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackEventsApiAutoConfiguration}.
 */
class SlackEventsApiAutoConfigurationTests {

	private static final String SECRET = "0123456789abcdef0123456789abcdef";

	private static final String VERIFICATION = "{\"token\":\"t\",\"challenge\":\"c-42\",\"type\":\"url_verification\"}";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackEventsApiAutoConfiguration.class,
				SlackListenerAutoConfiguration.class, SlackWebClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("slack.token=xoxb-42-secret", "slack.web.base-url=" + slack.baseUrl() + "/api/");

	@BeforeEach
	void answerAuthTest() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"url\":\"https://example.slack.com/\","
				+ "\"team\":\"Example\",\"user\":\"bot\",\"team_id\":\"T1\",\"user_id\":\"U0BOT\","
				+ "\"bot_id\":\"B0BOT\"}")));
	}

	@Test
	void servesEndpointWhenSigningSecretIsSet() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(SlackEventsApiHandler.class).hasBean("slackEventsApiRouterFunction");
			assertThat(verifyUrl(context, "/slack/events", SECRET)).isEqualTo(200);
			assertThat(verifyUrl(context, "/slack/events", "another-secret")).isEqualTo(401);
			assertThat(verifyUrl(context, "/other", SECRET)).isEqualTo(404);
		});
	}

	@Test
	void servesEndpointWhenSigningSecretComesFromEnvironmentVariable() {
		this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("SLACK_SIGNING_SECRET", SECRET))))
			.run((context) -> {
				assertThat(context).hasSingleBean(SlackEventsApiHandler.class);
				assertThat(verifyUrl(context, "/slack/events", SECRET)).isEqualTo(200);
			});
	}

	@Test
	void isOffWithoutSigningSecret() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SlackEventsApiHandler.class)
			.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void isOffWhenDisabled() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET, "slack.events.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SlackEventsApiHandler.class)
				.doesNotHaveBean(RouterFunction.class));
	}

	@Test
	void failsWhenEnabledExplicitlyWithoutSigningSecret() {
		this.runner.withPropertyValues("slack.events.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("slack.events.enabled")
				.hasMessageContaining("slack.signing-secret")
				.hasMessageContaining("SLACK_SIGNING_SECRET");
		});
	}

	@Test
	void servesAtConfiguredPath() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET, "slack.events.path=/hooks/slack")
			.run((context) -> {
				assertThat(verifyUrl(context, "/hooks/slack", SECRET)).isEqualTo(200);
				assertThat(verifyUrl(context, "/slack/events", SECRET)).isEqualTo(404);
			});
	}

	@Test
	void refusesPathWithoutLeadingSlash() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET, "slack.events.path=slack/events")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("slack.events.path"));
	}

	@Test
	void appliesMaxBodySizeAndTimestampTolerance() {
		this.runner
			.withPropertyValues("slack.signing-secret=" + SECRET, "slack.events.max-body-size=64B",
					"slack.events.timestamp-tolerance=10s")
			.run((context) -> {
				WebTestClient client = client(context);
				assertThat(send(client, "/slack/events", VERIFICATION + " ".repeat(64), SECRET, now())).isEqualTo(413);
				assertThat(send(client, "/slack/events", VERIFICATION, SECRET, now() - 11)).isEqualTo(401);
				assertThat(send(client, "/slack/events", VERIFICATION, SECRET, now() - 5)).isEqualTo(200);
			});
	}

	@Test
	void refusesNonPositiveTimestampTolerance() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET, "slack.events.timestamp-tolerance=0s")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("slack.events.timestamp-tolerance"));
	}

	@Test
	void usesSigningSecretOfConnectionDetailsThatProvideOne() {
		this.runner.withUserConfiguration(SigningConnectionDetailsConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SlackEventsApiHandler.class);
			assertThat(verifyUrl(context, "/slack/events", "details-secret")).isEqualTo(200);
		});
	}

	@Test
	void isOffWithConnectionDetailsWithoutSigningSecret() {
		this.runner.withUserConfiguration(TokenOnlyConnectionDetailsConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackEventsApiHandler.class));
	}

	@Test
	void isOffInNonWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SlackEventsApiAutoConfiguration.class,
				SlackListenerAutoConfiguration.class, SlackWebClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, JacksonAutoConfiguration.class))
			.withPropertyValues("slack.token=xoxb-42-secret", "slack.signing-secret=" + SECRET,
					"slack.web.base-url=" + slack.baseUrl() + "/api/")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackEventsApiHandler.class));
	}

	@Test
	void isOffWithoutWebFlux() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SlackEventsApiHandler.class));
	}

	@Test
	void bindsMetersWhenMeterRegistryExists() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET)
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(SlackEventsApiMeterBinder.class);
				send(client(context), "/slack/events", VERIFICATION, "another-secret", now());
				SlackEventsApiMeterBinder binder = context.getBean(SlackEventsApiMeterBinder.class);
				MeterRegistry registry = new SimpleMeterRegistry();
				binder.bindTo(registry);
				assertThat(registry.get(SlackEventsApiMeterBinder.SIGNATURE_FAILURES)
					.tag("reason", "signature_mismatch")
					.functionCounter()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void noMetersWithoutMeterRegistry() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(SlackEventsApiMeterBinder.class));
	}

	@Test
	void readsAppIdentityForIgnoringItsOwnEvents() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET).run((context) -> {
			SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
			RtmTestApplication.await("the identity is read", () -> dispatcher.getSelfIdentity() != null);
			assertThat(dispatcher.getSelfIdentity()).isEqualTo(new SlackSelfIdentity("U0BOT", "B0BOT"));
		});
	}

	@Test
	void neverShowsSigningSecret() {
		this.runner.withPropertyValues("slack.signing-secret=" + SECRET)
			.run((context) -> assertThat(context.getBean(SlackEventsApiHandler.class).toString())
				.doesNotContain(SECRET));
	}

	private static int verifyUrl(ApplicationContext context, String path, String secret) {
		return send(client(context), path, VERIFICATION, secret, now());
	}

	@SuppressWarnings("unchecked")
	private static WebTestClient client(ApplicationContext context) {
		RouterFunction<ServerResponse> router = context.getBean("slackEventsApiRouterFunction", RouterFunction.class);
		return WebTestClient.bindToRouterFunction(router).build();
	}

	private static int send(WebTestClient client, String path, String json, String secret, long timestamp) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.header(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SlackRequestVerifier.SIGNATURE_HEADER, new SlackRequestVerifier(secret).sign(timestamp, body))
			.bodyValue(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

	@Configuration(proxyBeanMethods = false)
	static class SigningConnectionDetailsConfiguration {

		@Bean
		SigningConnectionDetails signingConnectionDetails() {
			return new SigningConnectionDetails();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TokenOnlyConnectionDetailsConfiguration {

		@Bean
		TokenOnlyConnectionDetails tokenOnlyConnectionDetails() {
			return new TokenOnlyConnectionDetails();
		}

	}

	static class TokenOnlyConnectionDetails implements SlackConnectionDetails {

		@Override
		public String webApiBaseUrl() {
			return slack.baseUrl() + "/api/";
		}

		@Override
		public String token() {
			return "xoxb-42-secret";
		}

	}

	static class SigningConnectionDetails extends TokenOnlyConnectionDetails {

		@Override
		public @Nullable String signingSecret() {
			return "details-secret";
		}

	}

}
