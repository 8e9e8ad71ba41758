package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.rtm.RtmConnectMethod;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.RtmTestServer.ApiCall;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmOptions;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link SlackRtmAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackRtmAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackRtmAutoConfiguration.class, SlackListenerAutoConfiguration.class,
				SlackWebClientAutoConfiguration.class, WebClientAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("slack.token=xoxb-42-secret", "slack.web.base-url=http://127.0.0.1:9/api/");

	@Test
	void noRtmClientUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(SlackEventDispatcher.class)
			.doesNotHaveBean(SlackRtmClient.class)
			.doesNotHaveBean(SlackRtmLifecycle.class));
		this.runner.withPropertyValues("slack.rtm.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SlackRtmClient.class));
	}

	@Test
	void noRtmClientWithoutTheRtmClientClass() {
		this.runner.withClassLoader(new FilteredClassLoader(SlackRtmClient.class))
			.withPropertyValues("slack.rtm.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SlackRtmClient.class)
				.doesNotHaveBean(SlackRtmLifecycle.class));
	}

	@Test
	void clientIsConfiguredFromThePropertiesAndStartsAfterTheListeners() {
		this.runner
			.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.auto-startup=false",
					"slack.rtm.connect-method=rtm.start", "slack.rtm.ping-interval=7s", "slack.rtm.send-interval=250ms",
					"slack.rtm.reconnect.initial-backoff=2s", "slack.rtm.reconnect.max-backoff=20s",
					"slack.rtm.reconnect.stable-period=30s")
			.run((context) -> {
				SlackRtmClient client = context.getBean(SlackRtmClient.class);
				assertThat(client.getOptions()).isEqualTo(new SlackRtmOptions(RtmConnectMethod.START,
						Duration.ofSeconds(7), Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(30),
						Duration.ofMillis(250)));
				assertThat(client.getState()).isEqualTo(SlackRtmState.STOPPED);
				SlackRtmLifecycle lifecycle = context.getBean(SlackRtmLifecycle.class);
				assertThat(lifecycle.getClient()).isSameAs(client);
				assertThat(lifecycle.isAutoStartup()).isFalse();
				assertThat(lifecycle.isRunning()).isFalse();
				assertThat(lifecycle.getPhase())
					.isGreaterThan(context.getBean(SlackListenerEndpointRegistry.class).getPhase());
			});
	}

	@Test
	void defaultPropertiesMatchTheClientDefaults() {
		assertThat(SlackRtmAutoConfiguration.rtmOptions(new SlackProperties().getRtm()))
			.isEqualTo(SlackRtmOptions.defaults());
		assertThat(new SlackProperties().getRtm().isAutoStartup()).isTrue();
	}

	@Test
	void connectMethodAcceptsTheShortName() {
		SlackProperties properties = new SlackProperties();
		properties.getRtm().setConnectMethod("start");
		assertThat(SlackRtmAutoConfiguration.rtmOptions(properties.getRtm()).connectMethod())
			.isEqualTo(RtmConnectMethod.START);
	}

	@Test
	void unknownConnectMethodFailsStartupNamingThePropertyAndTheChoices() {
		this.runner.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.connect-method=rtm.open")
			.run((context) -> {
				InvalidConfigurationPropertyValueException failure = invalidProperty(context.getStartupFailure());
				assertThat(failure.getName()).isEqualTo("slack.rtm.connect-method");
				assertThat(failure.getValue()).isEqualTo("rtm.open");
				assertThat(failure.getReason()).contains("'rtm.connect'", "'rtm.start'");
			});
	}

	@Test
	void unknownConnectMethodIsReportedByTheFailureAnalysis(CapturedOutput output) {
		try (RtmTestServer server = RtmTestServer.start()) {
			assertThatException().isThrownBy(() -> RtmTestApplication.run(server, RtmTestApplication.class,
					"slack.rtm.connect-method=websocket"));
		}
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'websocket' for configuration property 'slack.rtm.connect-method'")
			.contains("Use 'rtm.connect' (recommended) or 'rtm.start'.");
	}

	@Test
	void unusableDurationsFailStartupNamingTheProperty() {
		this.runner
			.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.reconnect.initial-backoff=10s",
					"slack.rtm.reconnect.max-backoff=5s")
			.run((context) -> assertThat(invalidProperty(context.getStartupFailure()).getName())
				.isEqualTo("slack.rtm.reconnect.max-backoff"));
		this.runner.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.ping-interval=0s")
			.run((context) -> assertThat(invalidProperty(context.getStartupFailure()).getName())
				.isEqualTo("slack.rtm.ping-interval"));
	}

	@Test
	void missingTokenFailsStartupNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SlackRtmAutoConfiguration.class,
					SlackListenerAutoConfiguration.class, SlackWebClientAutoConfiguration.class))
			.withPropertyValues("slack.rtm.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable cause = context.getStartupFailure();
				while (cause != null && !(cause instanceof InvalidSlackTokenException)) {
					cause = cause.getCause();
				}
				assertThat(cause).isNotNull();
				FailureAnalysis analysis = new InvalidSlackTokenFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("slack.token", "not set");
				assertThat(analysis.getAction()).contains("SLACK_TOKEN");
			});
	}

	@Test
	void backsOffToUserDefinedClientAndStillRunsIt() {
		SlackRtmClient own = SlackRtmClient.builder(SlackWebClient.builder().token("xoxb-own").build())
			.eventHandler((event) -> Mono.empty())
			.build();
		this.runner.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.auto-startup=false")
			.withBean(SlackRtmClient.class, () -> own)
			.run((context) -> {
				assertThat(context).getBean(SlackRtmClient.class).isSameAs(own);
				assertThat(context.getBean(SlackRtmLifecycle.class).getClient()).isSameAs(own);
			});
	}

	@Test
	void backsOffToUserDefinedLifecycle() {
		this.runner.withPropertyValues("slack.rtm.enabled=true")
			.withBean("myLifecycle", SlackRtmLifecycle.class,
					() -> new SlackRtmLifecycle(SlackRtmClient.builder(SlackWebClient.builder().build()).build(),
							new SlackEventDispatcher(), false))
			.run((context) -> assertThat(context).hasSingleBean(SlackRtmLifecycle.class)
				.hasBean("myLifecycle")
				.getBean(SlackRtmClient.class)
				.extracting(SlackRtmClient::getState)
				.isEqualTo(SlackRtmState.STOPPED));
	}

	@Test
	void customizersApplyInOrder() {
		this.runner.withPropertyValues("slack.rtm.enabled=true", "slack.rtm.auto-startup=false")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> assertThat(context.getBean(SlackRtmClient.class).getOptions().pingInterval())
				.isEqualTo(Duration.ofSeconds(6)));
	}

	@Test
	void sessionsAreOpenedWithTheApplicationsClientSettings() throws Exception {
		try (RtmTestServer server = RtmTestServer.start()) {
			this.runner.withPropertyValues("slack.rtm.enabled=true", "slack.token=" + RtmTestServer.TOKEN)
				.withBean(SlackWebClientCustomizer.class, () -> (builder) -> builder.baseUrl(server.apiUrl()))
				.run((context) -> {
					ApiCall connect = server.calls("rtm.connect").poll(5, TimeUnit.SECONDS);
					assertThat(connect).as("rtm.connect through the customized base URL").isNotNull();
					assertThat(connect.authorization()).isEqualTo("Bearer " + RtmTestServer.TOKEN);
					server.awaitSocket(RtmTestApplication.TIMEOUT);
				});
		}
	}

	@Test
	void sessionsAreOpenedWithAUserDefinedWebClient() throws Exception {
		try (RtmTestServer server = RtmTestServer.start()) {
			this.runner.withPropertyValues("slack.rtm.enabled=true")
				.withBean(SlackWebClient.class,
						() -> SlackWebClient.builder().baseUrl(server.apiUrl()).token("xoxb-user-defined").build())
				.run((context) -> {
					ApiCall connect = server.calls("rtm.connect").poll(5, TimeUnit.SECONDS);
					assertThat(connect).isNotNull();
					assertThat(connect.authorization()).isEqualTo("Bearer xoxb-user-defined");
					server.awaitSocket(RtmTestApplication.TIMEOUT);
				});
		}
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
		SlackRtmClientCustomizer first() {
			return (builder) -> builder.options(SlackRtmOptions.builder().pingInterval(Duration.ofSeconds(5)).build());
		}

		@Bean
		@Order(2)
		SlackRtmClientCustomizer second() {
			return (builder) -> builder.options(SlackRtmOptions.builder().pingInterval(Duration.ofSeconds(6)).build());
		}

	}

}
