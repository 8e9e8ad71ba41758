package dev.slackboot.listener.annotation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.slackboot.listener.LoggingSlackListenerErrorHandler;
import dev.slackboot.listener.SlackDispatcherMetrics.Outcome;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerConfigurer;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing listener is contained: its error handler, then the global one, get the failure; the other
 * listeners of the event and later events are delivered, and the transport sees nothing.
 */
class SlackEventListenerErrorHandlingTests {

	private AnnotationConfigApplicationContext context;

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void failureGoesToTheListenersHandlerThenTheGlobalOneAndOtherListenersStillRun() {
		this.context = new AnnotationConfigApplicationContext(WithGlobalHandlerConfig.class);
		SlackEventDispatcher dispatcher = this.context.getBean(SlackEventDispatcher.class);
		Listeners listeners = this.context.getBean(Listeners.class);
		Handled handled = this.context.getBean(Handled.class);

		dispatcher.handle(TestEvents.message("C1", "U1", "boom")).block();
		dispatcher.handle(TestEvents.message("C1", "U1", "async boom")).block();
		dispatcher.handle(TestEvents.message("C1", "U1", "fine")).block();
		TestEvents.awaitIdle(dispatcher);

		assertThat(listeners.healthy).containsExactly("boom", "async boom", "fine");
		assertThat(handled.log).containsExactly("own: listeners.failing: boom", "global: listeners.failing: rethrown",
				"global: listeners.failingAsync: async boom");
		assertThat(dispatcher.getMetrics().getInvocations("listeners.failing", Outcome.ERROR).count()).isEqualTo(1);
		assertThat(dispatcher.getMetrics().getInvocations("listeners.failing", Outcome.SUCCESS).count()).isZero();
		assertThat(dispatcher.getMetrics().getInvocations("listeners.failingAsync", Outcome.ERROR).count())
			.isEqualTo(1);
		assertThat(dispatcher.getMetrics().getInvocations("listeners.healthy", Outcome.SUCCESS).count()).isEqualTo(3);
	}

	@Test
	void defaultGlobalHandlerLogsAndCounts() {
		this.context = new AnnotationConfigApplicationContext(DefaultHandlerConfig.class);
		SlackEventDispatcher dispatcher = this.context.getBean(SlackEventDispatcher.class);

		dispatcher.handle(TestEvents.message("C1", "U1", "boom")).block();
		dispatcher.handle(TestEvents.message("C2", "U1", "async boom")).block();
		TestEvents.awaitIdle(dispatcher);

		assertThat(dispatcher.getErrorHandler()).isInstanceOfSatisfying(LoggingSlackListenerErrorHandler.class,
				(handler) -> assertThat(handler.getErrorCount()).isEqualTo(2));
		assertThat(this.context.getBean(Listeners.class).healthy).containsExactlyInAnyOrder("boom", "async boom");
	}

	static class Handled {

		final List<String> log = new CopyOnWriteArrayList<>();

	}

	static class Listeners {

		final List<String> healthy = new CopyOnWriteArrayList<>();

		@SlackEventListener(value = "message", pattern = "^boom$", errorHandler = "rethrowingHandler")
		void failing(SlackEvent event) {
			throw new IllegalArgumentException(event.event().path("text").asString());
		}

		@SlackEventListener(value = "message", pattern = "async boom")
		Mono<Void> failingAsync(SlackEvent event) {
			return Mono.error(new IllegalStateException(event.event().path("text").asString()));
		}

		@SlackEventListener("message")
		void healthy(SlackEvent event) {
			this.healthy.add(event.event().path("text").asString());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class WithGlobalHandlerConfig {

		@Bean
		Handled handled() {
			return new Handled();
		}

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

		@Bean
		SlackListenerErrorHandler rethrowingHandler(Handled handled) {
			return (context, error) -> {
				handled.log.add("own: " + context.listenerId() + ": " + error.getMessage());
				throw new IllegalStateException("rethrown", error);
			};
		}

		@Bean
		SlackListenerConfigurer globalErrorHandler(Handled handled) {
			return (registrar) -> registrar.setErrorHandler((context, error) -> {
				handled.log.add("global: " + context.listenerId() + ": " + error.getMessage());
				return null;
			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class DefaultHandlerConfig {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

		@Bean
		SlackListenerErrorHandler rethrowingHandler() {
			return (context, error) -> {
				throw new IllegalStateException("rethrown", error);
			};
		}

	}

}
