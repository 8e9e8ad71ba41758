package dev.slackboot.listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dispatcher used as a library, without an application context: it accepts events only while running,
 * and its interceptor wraps every listener invocation.
 */
class SlackEventDispatcherStandaloneTests {

	@Test
	void acceptsEventsOnlyWhileRunningAndInterceptsInvocations() {
		List<String> calls = new CopyOnWriteArrayList<>();
		try (SlackEventDispatcher dispatcher = new SlackEventDispatcher()) {
			dispatcher.setInterceptor((context, invocation) -> invocation
				.doOnSubscribe((subscription) -> calls.add("before " + context.listenerId()))
				.doOnSuccess((done) -> calls.add("after " + context.listenerId())));
			dispatcher.register(new SimpleSlackListenerEndpoint("greeter",
					SlackEventSelector.builder().types("message").pattern("^(?<word>\\w+)$").build(), (context) -> {
						calls.add("listener " + context.group("word"));
						return null;
					}));
			assertThatExceptionOfType(SlackEventRejectedException.class)
				.isThrownBy(() -> dispatcher.handle(TestEvents.message("C1", "U1", "early")).block());

			dispatcher.start();
			dispatcher.handle(TestEvents.message("C1", "U1", "hello")).block();
			dispatcher.handle(TestEvents.message("C1", "U1", "two words")).block();
			TestEvents.awaitIdle(dispatcher);
			assertThat(calls).containsExactly("before greeter", "listener hello", "after greeter");

			dispatcher.stop().block();
			assertThat(dispatcher.isRunning()).isFalse();
			assertThatExceptionOfType(SlackEventRejectedException.class)
				.isThrownBy(() -> dispatcher.handle(TestEvents.message("C1", "U1", "late")).block());
		}
	}

}
