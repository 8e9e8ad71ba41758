package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.slackboot.autoconfigure.health.SlackHealthContributorAutoConfiguration;
import dev.slackboot.autoconfigure.health.SlackRtmHealthIndicator;
import dev.slackboot.autoconfigure.health.SlackSocketModeHealthIndicator;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.metrics.SlackSocketModeMeterBinder;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeOptions;
import dev.slackboot.socket.SlackSocketModeState;
import dev.slackboot.socket.SocketModeTestServer;
import dev.slackboot.socket.SocketModeTestServer.ApiCall;
import dev.slackboot.web.SlackWebClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static dev.slackboot.autoconfigure.RtmTestApplication.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackSocketModeAutoConfiguration}: the client and its lifecycle from the properties, the
 * app-level token it needs, the app's identity, side by side with RTM, and its health and meters.
 */
class SlackSocketModeAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackSocketModeAutoConfiguration.class,
				SlackRtmAutoConfiguration.class, SlackListenerAutoConfiguration.class,
				SlackWebClientAutoConfiguration.class, WebClientAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("slack.token=xoxb-42-secret", "slack.app-token=xapp-1-A1-42-secret",
				"slack.web.base-url=http://127.0.0.1:9/api/");

	@Test
	void noClientUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SlackSocketModeClient.class)
			.doesNotHaveBean(SlackSocketModeLifecycle.class));
		this.runner.withPropertyValues("slack.socket-mode.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackSocketModeClient.class));
	}

	@Test
	void noClientWithoutTheClientClass() {
		this.runner.withClassLoader(new FilteredClassLoader(SlackSocketModeClient.class))
			.withPropertyValues("slack.socket-mode.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SlackSocketModeClient.class)
				.doesNotHaveBean(SlackSocketModeLifecycle.class));
	}

	@Test
	void clientIsConfiguredFromThePropertiesAndStartsAfterTheListeners() {
		this.runner
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false",
					"slack.socket-mode.connections=3", "slack.socket-mode.ping-interval=7s",
					"slack.socket-mode.reconnect.initial-backoff=2s", "slack.socket-mode.reconnect.max-backoff=20s",
					"slack.socket-mode.reconnect.stable-period=30s")
			.run((context) -> {
				SlackSocketModeClient client = context.getBean(SlackSocketModeClient.class);
				assertThat(client.getOptions()).isEqualTo(new SlackSocketModeOptions(3, Duration.ofSeconds(7),
						Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(30)));
				assertThat(client.getState()).isEqualTo(SlackSocketModeState.STOPPED);
				SlackSocketModeLifecycle lifecycle = context.getBean(SlackSocketModeLifecycle.class);
				assertThat(lifecycle.getClient()).isSameAs(client);
				assertThat(lifecycle.isAutoStartup()).isFalse();
				assertThat(lifecycle.isRunning()).isFalse();
				assertThat(lifecycle.getPhase())
					.isGreaterThan(context.getBean(SlackListenerEndpointRegistry.class).getPhase());
			});
	}

	@Test
	void defaultPropertiesMatchTheClientDefaults() {
		assertThat(SlackSocketModeAutoConfiguration.socketModeOptions(new SlackProperties().getSocketMode()))
			.isEqualTo(SlackSocketModeOptions.defaults());
		assertThat(new SlackProperties().getSocketMode().isAutoStartup()).isTrue();
	}

	@Test
	void missingAppTokenFailsStartupNamingThePropertyAndTheEnvironmentVariable() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SlackSocketModeAutoConfiguration.class,
					SlackListenerAutoConfiguration.class, SlackWebClientAutoConfiguration.class))
			.withPropertyValues("slack.token=xoxb-42-secret", "slack.socket-mode.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable cause = context.getStartupFailure();
				while (cause != null && !(cause instanceof InvalidSlackTokenException)) {
					cause = cause.getCause();
				}
				assertThat(cause).isNotNull();
				assertThat(((InvalidSlackTokenException) cause).getProperty()).isEqualTo("slack.app-token");
				FailureAnalysis analysis = new InvalidSlackTokenFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("slack.app-token", "not set", "Socket Mode");
				assertThat(analysis.getAction()).contains("SLACK_APP_TOKEN", "connections:write",
						"slack.socket-mode.enabled");
			});
	}

	@Test
	void aBotTokenInTheAppTokenPropertyIsRefused() {
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.app-token=xoxb-not-an-app-token")
			.run((context) -> {
				Throwable cause = context.getStartupFailure();
				while (cause != null && !(cause instanceof InvalidSlackTokenException)) {
					cause = cause.getCause();
				}
				assertThat(cause).isNotNull().hasMessageContaining("slack.app-token").hasMessageNotContaining("xoxb-");
			});
	}

	@Test
	void unusablePropertiesFailStartupNamingTheProperty() {
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.connections=11")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = invalidProperty(context.getStartupFailure());
				assertThat(failure.getName()).isEqualTo("slack.socket-mode.connections");
				assertThat(failure.getReason()).contains("between 1 and 10");
			});
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.connections=0")
			.run((context) -> assertThat(invalidProperty(context.getStartupFailure()).getName())
				.isEqualTo("slack.socket-mode.connections"));
		this.runner
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.reconnect.initial-backoff=10s",
					"slack.socket-mode.reconnect.max-backoff=5s")
			.run((context) -> assertThat(invalidProperty(context.getStartupFailure()).getName())
				.isEqualTo("slack.socket-mode.reconnect.max-backoff"));
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.ping-interval=0s")
			.run((context) -> assertThat(invalidProperty(context.getStartupFailure()).getName())
				.isEqualTo("slack.socket-mode.ping-interval"));
	}

	@Test
	void customizersApplyInOrder() {
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> assertThat(context.getBean(SlackSocketModeClient.class).getOptions().connections())
				.isEqualTo(4));
	}

	@Test
	void backsOffToAUserDefinedClient() {
		SlackSocketModeClient own = SlackSocketModeClient.builder(SlackWebClient.builder().appToken("xapp-own").build())
			.eventHandler((event) -> Mono.empty())
			.build();
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false")
			.withBean(SlackSocketModeClient.class, () -> own)
			.run((context) -> {
				assertThat(context).getBean(SlackSocketModeClient.class).isSameAs(own);
				assertThat(context.getBean(SlackSocketModeLifecycle.class).getClient()).isSameAs(own);
			});
	}

	@Test
	void connectsWithTheAppTokenAfterReadingTheBotIdentity() throws Exception {
		try (SocketModeTestServer server = SocketModeTestServer.start()) {
			this.runner
				.withPropertyValues("slack.socket-mode.enabled=true", "slack.token=" + SocketModeTestServer.TOKEN,
						"slack.app-token=" + SocketModeTestServer.APP_TOKEN, "slack.web.base-url=" + server.apiUrl())
				.run((context) -> {
					SlackSocketModeClient client = context.getBean(SlackSocketModeClient.class);
					server.awaitSocket(RtmTestApplication.TIMEOUT);
					await("connected", () -> client.getStatus().isConnected());
					ApiCall identity = server.calls("auth.test").poll(5, TimeUnit.SECONDS);
					ApiCall open = server.calls("apps.connections.open").poll(5, TimeUnit.SECONDS);
					assertThat(identity.authorization()).isEqualTo("Bearer " + SocketModeTestServer.TOKEN);
					assertThat(open.authorization()).isEqualTo("Bearer " + SocketModeTestServer.APP_TOKEN);
					assertThat(context.getBean(SlackEventDispatcher.class).getSelfIdentity()).isEqualTo(
							new SlackSelfIdentity(SocketModeTestServer.BOT_USER_ID, SocketModeTestServer.BOT_ID));
					assertThat(context.getBean(SlackSocketModeLifecycle.class).isRunning()).isTrue();
				});
		}
	}

	@Test
	void connectsEvenWhenTheIdentityCannotBeRead() {
		try (SocketModeTestServer server = SocketModeTestServer.start()) {
			server.answerApi("auth.test", "{\"ok\":false,\"error\":\"invalid_auth\"}");
			this.runner
				.withPropertyValues("slack.socket-mode.enabled=true", "slack.token=" + SocketModeTestServer.TOKEN,
						"slack.app-token=" + SocketModeTestServer.APP_TOKEN, "slack.web.base-url=" + server.apiUrl())
				.run((context) -> {
					server.awaitSocket(RtmTestApplication.TIMEOUT);
					assertThat(context.getBean(SlackEventDispatcher.class).getSelfIdentity()).isNull();
				});
		}
	}

	@Test
	void worksBesideRtmWithAHealthComponentPerTransport() {
		this.runner.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
				SlackHealthContributorAutoConfiguration.class))
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false",
					"slack.rtm.enabled=true", "slack.rtm.auto-startup=false")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(SlackSocketModeClient.class)
					.hasSingleBean(SlackRtmClient.class)
					.hasSingleBean(SlackSocketModeLifecycle.class)
					.hasSingleBean(SlackRtmLifecycle.class);
				CompositeHealthContributor slack = context.getBean(CompositeHealthContributor.class);
				assertThat(slack.getContributor("rtm")).isInstanceOf(SlackRtmHealthIndicator.class);
				assertThat(slack.getContributor("socket-mode")).isInstanceOf(SlackSocketModeHealthIndicator.class);
				assertThat(((HealthIndicator) slack.getContributor("socket-mode")).health().getStatus())
					.isEqualTo(Status.UNKNOWN);
			});
	}

	@Test
	void healthComponentWithSocketModeAlone() {
		this.runner.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
				SlackHealthContributorAutoConfiguration.class))
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false")
			.run((context) -> {
				CompositeHealthContributor slack = context.getBean(CompositeHealthContributor.class);
				assertThat(slack.getContributor("socket-mode")).isInstanceOf(SlackSocketModeHealthIndicator.class);
				assertThat(slack.getContributor("rtm")).isNull();
			});
	}

	@Test
	void metersAreBoundWhenThereIsARegistry() {
		this.runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false",
					"management.metrics.use-global-registry=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(SlackSocketModeMeterBinder.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(SlackSocketModeMeterBinder.CONNECTION_STATE)
					.tag("state", "stopped")
					.gauge()
					.value()).isOne();
				assertThat(registry.get(SlackSocketModeMeterBinder.ACKS).tag("type", "events_api").functionCounter())
					.isNotNull();
			});
		this.runner.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SlackSocketModeMeterBinder.class));
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues("slack.socket-mode.enabled=true", "slack.socket-mode.auto-startup=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackSocketModeMeterBinder.class));
	}

	private static InvalidConfigurationPropertyValueException invalidProperty(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof InvalidConfigurationPropertyValueException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("startup failure caused by an invalid property value").isNotNull();
		return (InvalidConfigurationPropertyValueException) cause;
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(1)
		SlackSocketModeClientCustomizer first() {
			return (builder) -> builder.options(SlackSocketModeOptions.builder().connections(2).build());
		}

		@Bean
		@Order(2)
		SlackSocketModeClientCustomizer second() {
			return (builder) -> builder.options(SlackSocketModeOptions.builder().connections(4).build());
		}

	}

}
