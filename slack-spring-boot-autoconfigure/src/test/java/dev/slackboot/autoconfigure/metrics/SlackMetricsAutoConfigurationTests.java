package dev.slackboot.autoconfigure.metrics;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.metrics.SlackDispatcherMeterBinder;
import dev.slackboot.metrics.SlackRtmMeterBinder;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link SlackMetricsAutoConfiguration}: the binders are bound by Spring Boot to the application's
 * registry and their meters move with a real RTM client delivering events from a real WebSocket server to a
 * real dispatcher; they are left out without Micrometer, a registry or the Slack beans.
 */
class SlackMetricsAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static RtmTestServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, SlackMetricsAutoConfiguration.class))
		.withPropertyValues("management.metrics.use-global-registry=false")
		.withBean(SimpleMeterRegistry.class);

	@BeforeEach
	void startServer() {
		server = RtmTestServer.start();
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void metersFollowTheConnectionAndTheEvents() {
		this.runner.withUserConfiguration(SlackBeans.class).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SlackRtmClient client = context.getBean(SlackRtmClient.class);
			SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
			assertThat(registry.get("slack.rtm.connection.state").tag("state", "stopped").gauge().value()).isOne();

			dispatcher.start();
			client.start();
			try {
				RtmTestServer.Socket socket = server.awaitSocket(TIMEOUT);
				await(() -> client.getState() == SlackRtmState.CONNECTED);
				socket.pushMessage("C1", "U1", "hello");
				socket.pushMessage("C1", "U1", "again");
				await(() -> invocations(registry) == 2);

				assertThat(registry.get("slack.rtm.connection.state").tag("state", "connected").gauge().value())
					.isOne();
				assertThat(registry.get("slack.rtm.reconnects").functionCounter().count()).isZero();
				assertThat(registry.get("slack.events.received")
					.tag("type", "message")
					.tag("transport", "rtm")
					.functionCounter()
					.count()).isEqualTo(2);
				assertThat(registry.get("slack.dispatch.queue.size").gauge().value()).isZero();
			}
			finally {
				client.stop();
				dispatcher.close();
			}
		});
	}

	@Test
	void onlyTheDispatcherMetersWithoutAnRtmClient() {
		this.runner.withBean(SlackEventDispatcher.class)
			.run((context) -> assertThat(context).hasSingleBean(SlackDispatcherMeterBinder.class)
				.doesNotHaveBean(SlackRtmMeterBinder.class));
	}

	@Test
	void leftOutWithoutAMeterRegistry() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SlackMetricsAutoConfiguration.class))
			.withUserConfiguration(SlackBeans.class)
			.run((context) -> assertThat(context).doesNotHaveBean(SlackRtmMeterBinder.class)
				.doesNotHaveBean(SlackDispatcherMeterBinder.class));
	}

	@Test
	void leftOutWithoutMicrometer() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SlackMetricsAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withUserConfiguration(SlackBeans.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SlackRtmMeterBinder.class)
				.doesNotHaveBean(SlackDispatcherMeterBinder.class));
	}

	@Test
	void backsOffToUserBinders() {
		this.runner.withUserConfiguration(SlackBeans.class, UserBinders.class)
			.run((context) -> assertThat(context).getBean(SlackRtmMeterBinder.class)
				.isSameAs(context.getBean("customRtmBinder")));
	}

	private static double invocations(MeterRegistry registry) {
		FunctionTimer timer = registry.find("slack.listener.invocations")
			.tag("listener.id", "greeter")
			.tag("outcome", "SUCCESS")
			.functionTimer();
		return (timer != null) ? timer.count() : 0;
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Condition not met within " + TIMEOUT);
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class SlackBeans {

		@Bean
		SlackEventDispatcher slackEventDispatcher() {
			SlackEventDispatcher dispatcher = new SlackEventDispatcher();
			dispatcher.register(new SimpleSlackListenerEndpoint("greeter", SlackEventSelector.of("message"),
					(context) -> null));
			return dispatcher;
		}

		@Bean
		SlackRtmClient slackRtmClient(SlackEventDispatcher dispatcher) {
			return SlackRtmClient.builder(server.webClient()).eventHandler(dispatcher).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBinders {

		@Bean
		SlackRtmMeterBinder customRtmBinder(SlackRtmClient client) {
			return new SlackRtmMeterBinder(client);
		}

	}

}
