package dev.slackboot.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for the listener observation of {@link SlackObservationAutoConfiguration}: the dispatcher's listener
 * invocations are observed as {@code slack.listener} in front of any interceptor it already had, unless switched
 * off or without a registry.
 */
class SlackListenerObservationAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackObservationAutoConfiguration.class))
		.withUserConfiguration(DispatcherConfiguration.class);

	@Test
	void listenerInvocationsAreObservedAroundTheExistingInterceptor() {
		this.runner.withBean(ObservationRegistry.class, () -> this.registry).run((context) -> {
			SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
			List<String> calls = context.getBean(DispatcherConfiguration.class).calls;

			deliver(dispatcher, "hello");

			TestObservationRegistryAssert.assertThat(this.registry)
				.hasSingleObservationThat()
				.hasNameEqualTo("slack.listener")
				.hasLowCardinalityKeyValue("listener.id", "greeter")
				.hasLowCardinalityKeyValue("event.type", "message")
				.hasLowCardinalityKeyValue("transport", "socket_mode")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS")
				.hasBeenStopped();
			assertThat(calls).containsExactly("existing interceptor, observed: true", "listener");
		});
	}

	@Test
	void switchedOffByProperty() {
		this.runner.withBean(ObservationRegistry.class, () -> this.registry)
			.withPropertyValues("slack.listener.observation-enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SlackListenerObservationInitializer.class);
				deliver(context.getBean(SlackEventDispatcher.class), "hello");

				TestObservationRegistryAssert.assertThat(this.registry).doesNotHaveAnyObservation();
				assertThat(context.getBean(DispatcherConfiguration.class).calls)
					.containsExactly("existing interceptor, observed: false", "listener");
			});
	}

	@Test
	void leftOutWithoutAnObservationRegistry() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(SlackListenerObservationInitializer.class);
			deliver(context.getBean(SlackEventDispatcher.class), "hello");

			assertThat(context.getBean(DispatcherConfiguration.class).calls)
				.containsExactly("existing interceptor, observed: false", "listener");
		});
	}

	private static void deliver(SlackEventDispatcher dispatcher, String text) {
		dispatcher.start();
		ObjectNode json = JsonMapper.builder()
			.build()
			.createObjectNode()
			.put("type", "message")
			.put("channel", "C1")
			.put("text", text);
		dispatcher.handle(new SlackEvent("message", null, "C1", "U1", null, "T1", null, SlackTransport.SOCKET_MODE,
				null, 0, null, json, json)).block(TIMEOUT);
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (dispatcher.getQueueSize() > 0 || dispatcher.getActiveCount() > 0) {
			if (System.nanoTime() > deadline) {
				fail("The dispatcher is still busy");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		dispatcher.close();
	}

	@Configuration(proxyBeanMethods = false)
	static class DispatcherConfiguration {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Bean
		SlackEventDispatcher slackEventDispatcher() {
			SlackEventDispatcher dispatcher = new SlackEventDispatcher();
			dispatcher.setInterceptor((context, invocation) -> Mono.deferContextual((reactor) -> {
				this.calls.add("existing interceptor, observed: " + reactor.hasKey(ObservationThreadLocalAccessor.KEY));
				return invocation;
			}));
			dispatcher.register(new SimpleSlackListenerEndpoint("greeter", SlackEventSelector.of("message"),
					(context) -> {
						this.calls.add("listener");
						return null;
					}));
			return dispatcher;
		}

	}

}
