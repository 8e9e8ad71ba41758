package dev.slackboot.metrics;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.SlackListener;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The dispatcher meters follow a real {@link SlackEventDispatcher} handling events: counters appear per event
 * type and transport and per listener and outcome as they are first seen, and the gauges show the queue.
 */
class SlackDispatcherMeterBinderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SlackEventDispatcher dispatcher = new SlackEventDispatcher();

	@AfterEach
	void close() {
		this.dispatcher.close();
	}

	@Test
	void receivedEventsAreCountedPerTypeAndTransportFromTheirFirstArrival() {
		register("greeter", (context) -> null, "message");
		this.dispatcher.start();
		new SlackDispatcherMeterBinder(this.dispatcher).bindTo(this.registry);
		assertThat(this.registry.find(SlackDispatcherMeterBinder.EVENTS_RECEIVED).functionCounters()).isEmpty();

		handle(event("message", SlackTransport.RTM));
		handle(event("message", SlackTransport.RTM));
		handle(event("reaction_added", SlackTransport.SOCKET_MODE));

		assertThat(received("message", "rtm")).isEqualTo(2);
		assertThat(received("reaction_added", "socket_mode")).as("counted even without a listener").isEqualTo(1);
		handle(event("message", SlackTransport.RTM));
		assertThat(received("message", "rtm")).isEqualTo(3);
		TestEvents.awaitIdle(this.dispatcher);
	}

	@Test
	void countsFromBeforeTheBindingAreRegisteredWhenBinding() {
		register("greeter", (context) -> null, "message");
		this.dispatcher.start();
		handle(event("message", SlackTransport.EVENTS_API));
		TestEvents.awaitIdle(this.dispatcher);

		new SlackDispatcherMeterBinder(this.dispatcher).bindTo(this.registry);

		assertThat(received("message", "events_api")).isEqualTo(1);
		assertThat(invocations("greeter", "SUCCESS").count()).isEqualTo(1);
	}

	@Test
	void invocationsAreTimedPerListenerAndOutcome() {
		register("greeter", (context) -> Mono.delay(Duration.ofMillis(20)).then(), "message");
		register("broken", (context) -> {
			throw new IllegalStateException("boom");
		}, "message");
		this.dispatcher.start();
		new SlackDispatcherMeterBinder(this.dispatcher).bindTo(this.registry);

		handle(TestEvents.message("C1", "U1", "one"));
		handle(TestEvents.message("C1", "U1", "two"));
		TestEvents.awaitIdle(this.dispatcher);

		FunctionTimer success = invocations("greeter", "SUCCESS");
		assertThat(success.count()).isEqualTo(2);
		assertThat(success.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40);
		assertThat(invocations("broken", "ERROR").count()).isEqualTo(2);
		assertThat(this.registry.find(SlackDispatcherMeterBinder.LISTENER_INVOCATIONS)
			.tag("listener.id", "greeter")
			.tag("outcome", "ERROR")
			.functionTimer()).isNull();
	}

	@Test
	void duplicatesAreCountedAndGaugesShowActiveQueuedAndHeldBackEvents() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		this.dispatcher.setConcurrency(1);
		this.dispatcher.setQueueCapacity(2);
		register("slow", (context) -> {
			release.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			return null;
		}, "app_mention");
		this.dispatcher.start();
		new SlackDispatcherMeterBinder(this.dispatcher).bindTo(this.registry);

		handle(mention("Ev1"));
		await(() -> gauge(SlackDispatcherMeterBinder.ACTIVE) == 1);
		handle(mention("Ev1"));
		handle(mention("Ev2"));
		handle(mention("Ev3"));
		Mono<Void> heldBack = this.dispatcher.handle(mention("Ev4")).cache();
		heldBack.subscribe();

		assertThat(this.registry.get(SlackDispatcherMeterBinder.EVENTS_DUPLICATES).functionCounter().count())
			.isEqualTo(1);
		assertThat(gauge(SlackDispatcherMeterBinder.ACTIVE)).isEqualTo(1);
		assertThat(gauge(SlackDispatcherMeterBinder.QUEUE_SIZE)).isEqualTo(2);
		assertThat(gauge(SlackDispatcherMeterBinder.WAITING)).isEqualTo(1);
		release.countDown();
		heldBack.block(TIMEOUT);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(gauge(SlackDispatcherMeterBinder.QUEUE_SIZE)).isZero();
		assertThat(gauge(SlackDispatcherMeterBinder.ACTIVE)).isZero();
		assertThat(gauge(SlackDispatcherMeterBinder.WAITING)).isZero();
		assertThat(invocations("slow", "SUCCESS").count()).isEqualTo(4);
	}

	private void register(String id, SlackListener listener, String type) {
		this.dispatcher.register(new SimpleSlackListenerEndpoint(id, SlackEventSelector.of(type), listener));
	}

	private void handle(SlackEvent event) {
		this.dispatcher.handle(event).block(TIMEOUT);
	}

	private static SlackEvent event(String type, SlackTransport transport) {
		return TestEvents.of(TestEvents.MAPPER.createObjectNode().put("type", type).put("channel", "C1"), null,
				transport);
	}

	private static SlackEvent mention(String eventId) {
		return TestEvents.of(TestEvents.MAPPER.createObjectNode().put("type", "app_mention").put("channel", "C1"),
				eventId, SlackTransport.SOCKET_MODE);
	}

	private double received(String type, String transport) {
		return this.registry.get(SlackDispatcherMeterBinder.EVENTS_RECEIVED)
			.tag("type", type)
			.tag("transport", transport)
			.functionCounter()
			.count();
	}

	private FunctionTimer invocations(String listenerId, String outcome) {
		return this.registry.get(SlackDispatcherMeterBinder.LISTENER_INVOCATIONS)
			.tag("listener.id", listenerId)
			.tag("outcome", outcome)
			.functionTimer();
	}

	private double gauge(String name) {
		return this.registry.get(name).gauge().value();
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

}
