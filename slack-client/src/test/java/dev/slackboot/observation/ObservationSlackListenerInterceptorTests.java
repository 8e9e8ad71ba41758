package dev.slackboot.observation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.SlackListener;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.SlackReplyMode;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listener invocations of a real {@link SlackEventDispatcher} are observed as {@code slack.listener}: keys,
 * failures, the observation being current while the listener runs, and Web API calls of the listener as its
 * children.
 */
class ObservationSlackListenerInterceptorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final SlackEventDispatcher dispatcher = new SlackEventDispatcher();

	@AfterEach
	void close() {
		this.dispatcher.close();
	}

	@Test
	void listenerInvocationIsObservedWithItsKeys() {
		start("greeter", (context) -> null);

		handle(rtmMessage("C1", "hello"));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo(DefaultSlackListenerObservationConvention.NAME)
			.hasContextualNameEqualTo("slack listener greeter")
			.hasLowCardinalityKeyValue("listener.id", "greeter")
			.hasLowCardinalityKeyValue("event.type", "message")
			.hasLowCardinalityKeyValue("transport", "rtm")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasHighCardinalityKeyValue("channel", "C1")
			.hasHighCardinalityKeyValue("team", "T1")
			.doesNotHaveError()
			.hasBeenStarted()
			.hasBeenStopped()
			.isInstanceOf(SlackListenerObservationContext.class);
	}

	@Test
	void failingListenerIsObservedWithItsErrorAndItsErrorHandlerStillRuns() {
		IllegalStateException failure = new IllegalStateException("boom");
		List<Throwable> handled = new CopyOnWriteArrayList<>();
		this.dispatcher.setErrorHandler(recording(handled));
		start("broken", (context) -> {
			throw failure;
		});

		handle(rtmMessage("C1", "hello"));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("listener.id", "broken")
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasError(failure)
			.hasBeenStopped();
		assertThat(handled).containsExactly(failure);
	}

	@Test
	void asynchronousFailureOfTheResultIsObservedAsAnError() {
		start("late",
				(context) -> Mono.delay(Duration.ofMillis(10)).then(Mono.error(new IllegalStateException("late"))));

		handle(rtmMessage("C1", "hello"));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasError()
			.hasBeenStopped();
	}

	@Test
	void observationIsCurrentOnTheListenerThreadOnlyWhileTheListenerRuns() {
		List<Observation> current = new CopyOnWriteArrayList<>();
		this.dispatcher.setConcurrency(1);
		start("greeter", (context) -> {
			current.add(this.registry.getCurrentObservation());
			return null;
		});

		handle(rtmMessage("C1", "one"));
		handle(rtmMessage("C1", "two"));

		assertThat(current).hasSize(2).allSatisfy((observation) -> {
			assertThat(observation.getContext()).isInstanceOfSatisfying(SlackListenerObservationContext.class,
					(context) -> assertThat(context.getEventContext().listenerId()).isEqualTo("greeter"));
			assertThat(observation.getContext().getParentObservation())
				.as("no scope left open on the listener thread by the previous invocation")
				.isNull();
		});
		assertThat(current.get(0)).isNotSameAs(current.get(1));
	}

	@Test
	void webApiCallsOfTheListenerAreItsChildren() {
		try (RtmTestServer slack = RtmTestServer.start()) {
			slack.answerApi("chat.postMessage", "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}");
			slack.answerApi("reactions.add", "{\"ok\":true}");
			SlackWebClient webClient = SlackWebClient.builder()
				.baseUrl(slack.apiUrl())
				.token(RtmTestServer.TOKEN)
				.retryPolicy(SlackRetryPolicy.none())
				.observationRegistry(this.registry)
				.build();
			this.dispatcher.setWebClient(webClient);
			start("replier", (context) -> context.reply("hi")
				.then(webClient.reactions().add((r) -> r.channel("C1").timestamp("1.2").name("wave")))
				.then());

			handle(rtmMessage("C1", "hello"));

			TestObservationRegistryAssert.assertThat(this.registry)
				.hasNumberOfObservationsWithNameEqualTo("slack.api.calls", 2)
				.hasHandledContextsThatSatisfy((contexts) -> {
					Observation.Context listener = contexts.stream()
						.filter((context) -> context instanceof SlackListenerObservationContext)
						.findFirst()
						.orElseThrow();
					assertThat(contexts).filteredOn((context) -> "slack.api.calls".equals(context.getName()))
						.allSatisfy((call) -> assertThat(call.getParentObservation()).isNotNull()
							.satisfies((parent) -> assertThat(parent.getContextView()).isSameAs(listener)));
				});
		}
	}

	@Test
	void noopRegistryLeavesTheInvocationAsItIs() {
		Mono<Void> invocation = Mono.empty();
		ObservationSlackListenerInterceptor interceptor = new ObservationSlackListenerInterceptor(
				ObservationRegistry.NOOP);

		SlackEventContext context = new SlackEventContext(rtmMessage("C1", "hello"), "greeter", Map.of(), null,
				SlackReplyMode.CHANNEL);

		assertThat(interceptor.intercept(context, invocation)).isSameAs(invocation);
	}

	private void start(String id, SlackListener listener) {
		this.dispatcher.setInterceptor(new ObservationSlackListenerInterceptor(this.registry));
		this.dispatcher.register(new SimpleSlackListenerEndpoint(id, SlackEventSelector.of("message"), listener));
		this.dispatcher.start();
	}

	private void handle(SlackEvent event) {
		this.dispatcher.handle(event).block(TIMEOUT);
		TestEvents.awaitIdle(this.dispatcher);
	}

	private static SlackEvent rtmMessage(String channel, String text) {
		return TestEvents.of(TestEvents.MAPPER.createObjectNode()
			.put("type", "message")
			.put("channel", channel)
			.put("user", "U1")
			.put("team", "T1")
			.put("text", text)
			.put("ts", "1700000000.000100"), null, SlackTransport.RTM);
	}

	private static SlackListenerErrorHandler recording(List<Throwable> handled) {
		return (context, error) -> {
			handled.add(error);
			return null;
		};
	}

}
