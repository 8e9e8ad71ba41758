package dev.slackboot.listener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.slackboot.listener.SlackDispatcherMetrics.Outcome;
import dev.slackboot.listener.annotation.EnableSlackListeners;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The flow of an event through the dispatcher of a real application context: order within a channel,
 * parallelism across channels, backpressure, deduplication and graceful stop.
 */
class SlackEventDispatcherTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private AnnotationConfigApplicationContext context;

	private SlackEventDispatcher dispatcher;

	@AfterEach
	void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void eventsOfOneChannelArriveInOrderUnderParallelLoad() throws Exception {
		int channels = 16;
		int perChannel = 100;
		int concurrency = 4;
		Map<String, List<Integer>> received = new ConcurrentHashMap<>();
		Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
		List<String> violations = new CopyOnWriteArrayList<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger maxRunning = new AtomicInteger();
		start(concurrency, 32, (event) -> {
			String channel = event.channel();
			if (inFlight.putIfAbsent(channel, true) != null) {
				violations.add("two events of " + channel + " at once");
			}
			maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
			int sequence = event.event().path("seq").asInt();
			received.computeIfAbsent(channel, (key) -> Collections.synchronizedList(new ArrayList<>())).add(sequence);
			Mono<Void> work = (sequence % 3 == 0) ? Mono.delay(Duration.ofMillis(1)).then() : Mono.empty();
			return work.doOnTerminate(() -> {
				running.decrementAndGet();
				inFlight.remove(channel);
			});
		});

		ExecutorService feeders = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> feeding = new ArrayList<>();
			for (int feeder = 0; feeder < 4; feeder++) {
				int first = feeder * (channels / 4);
				feeding.add(feeders.submit(() -> {
					for (int sequence = 0; sequence < perChannel; sequence++) {
						for (int channel = first; channel < first + channels / 4; channel++) {
							String id = "C" + channel;
							int seq = sequence;
							this.dispatcher.handle(TestEvents.event("message", (json) -> json.put("channel", id).put("seq", seq)))
								.block(TIMEOUT);
						}
					}
				}));
			}
			for (Future<?> future : feeding) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			feeders.shutdownNow();
		}
		TestEvents.awaitIdle(this.dispatcher);

		assertThat(violations).isEmpty();
		assertThat(received).hasSize(channels);
		List<Integer> expected = IntStream.range(0, perChannel).boxed().toList();
		received.forEach((channel, sequences) -> assertThat(sequences).as(channel).isEqualTo(expected));
		assertThat(maxRunning.get()).isLessThanOrEqualTo(concurrency);
		assertThat(this.dispatcher.getMetrics().getReceivedCount("message", SlackTransport.SOCKET_MODE))
			.isEqualTo((long) channels * perChannel);
		assertThat(this.dispatcher.getMetrics().getInvocations("recorder.on", Outcome.SUCCESS).count())
			.isEqualTo((long) channels * perChannel);
	}

	@Test
	void differentChannelsRunInParallel() {
		CyclicBarrier bothRunning = new CyclicBarrier(2);
		List<String> met = new CopyOnWriteArrayList<>();
		start(2, 10, (event) -> {
			try {
				bothRunning.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				met.add(event.channel());
			}
			catch (InterruptedException | BrokenBarrierException | TimeoutException ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		});
		this.dispatcher.handle(TestEvents.message("C1", "U1", "slow")).block(TIMEOUT);
		this.dispatcher.handle(TestEvents.message("C2", "U1", "slow")).block(TIMEOUT);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(met).containsExactlyInAnyOrder("C1", "C2");
	}

	@Test
	void slowListenerHoldsTheTransportBackWithoutDroppingEvents() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<String> delivered = new CopyOnWriteArrayList<>();
		start(1, 2, (event) -> {
			started.countDown();
			await(release);
			delivered.add(event.event().path("text").asString());
			return null;
		});
		this.dispatcher.handle(TestEvents.message("C1", "U1", "1")).block(TIMEOUT);
		assertThat(started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(this.dispatcher.handle(TestEvents.message("C2", "U1", "2")).toFuture()).isDone();
		assertThat(this.dispatcher.handle(TestEvents.message("C1", "U1", "3")).toFuture()).isDone();

		CompletableFuture<Void> fourth = this.dispatcher.handle(TestEvents.message("C3", "U1", "4")).toFuture();
		assertThat(fourth).isNotDone();
		assertThat(this.dispatcher.getQueueSize()).isEqualTo(2);
		assertThat(this.dispatcher.getWaitingCount()).isEqualTo(1);

		release.countDown();
		fourth.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(delivered).containsExactlyInAnyOrder("1", "2", "3", "4");
		assertThat(delivered.indexOf("1")).isLessThan(delivered.indexOf("3"));
	}

	@Test
	void transportHeldBackResumesOnceHalfTheQueueWasDelivered() throws Exception {
		Semaphore finish = new Semaphore(0);
		AtomicInteger started = new AtomicInteger();
		start(1, 4, (event) -> {
			started.incrementAndGet();
			try {
				assertThat(finish.tryAcquire(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		});
		this.dispatcher.handle(TestEvents.message("C0", "U1", "running")).block(TIMEOUT);
		awaitStarted(started, 1);
		for (int i = 1; i <= 4; i++) {
			this.dispatcher.handle(TestEvents.message("C" + i, "U1", "queued " + i)).block(TIMEOUT);
		}
		CompletableFuture<Void> held = this.dispatcher.handle(TestEvents.message("C9", "U1", "held")).toFuture();
		assertThat(this.dispatcher.getQueueSize()).isEqualTo(4);

		finish.release();
		awaitStarted(started, 2);
		assertThat(held).as("3 of 4 still queued").isNotDone();
		finish.release();
		awaitStarted(started, 3);
		assertThat(held).as("2 of 4 still queued").isNotDone();
		assertThat(this.dispatcher.getWaitingCount()).isEqualTo(1);
		finish.release();
		awaitStarted(started, 4);
		held.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(this.dispatcher.getQueueSize()).isEqualTo(2);

		finish.release(3);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(started).hasValue(6);
	}

	@Test
	void offerAcceptsAtOnceWhileThereIsRoomAndLeavesAFullQueueToHandle() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<String> delivered = new CopyOnWriteArrayList<>();
		start(1, 2, (event) -> {
			started.countDown();
			await(release);
			delivered.add(event.event().path("text").asString());
			return null;
		});
		assertThat(this.dispatcher.offer(TestEvents.message("C1", "U1", "1"))).isTrue();
		assertThat(started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(this.dispatcher.offer(TestEvents.message("C2", "U1", "2"))).isTrue();
		assertThat(this.dispatcher.offer(TestEvents.event("team_join", (json) -> json.put("user", "U9"))))
			.as("no listener selects it: dropped at once").isTrue();
		assertThat(this.dispatcher.offer(TestEvents.message("C1", "U1", "3"))).isTrue();
		assertThat(this.dispatcher.offer(TestEvents.message("C3", "U1", "not taken"))).as("queue full").isFalse();

		CompletableFuture<Void> fourth = this.dispatcher.handle(TestEvents.message("C3", "U1", "4")).toFuture();
		assertThat(fourth).isNotDone();
		assertThat(this.dispatcher.offer(TestEvents.message("C4", "U1", "not taken either")))
			.as("a transport waits for room: later events queue behind it").isFalse();

		release.countDown();
		fourth.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(delivered).containsExactlyInAnyOrder("1", "2", "3", "4");
		assertThat(delivered.indexOf("1")).isLessThan(delivered.indexOf("3"));
		assertThat(this.dispatcher.getMetrics().getReceivedCount("message", SlackTransport.SOCKET_MODE))
			.as("events not taken are not counted").isEqualTo(4);

		this.context.getBean(SlackListenerEndpointRegistry.class).stop();
		assertThat(this.dispatcher.offer(TestEvents.message("C1", "U1", "stopped"))).isFalse();
	}

	@Test
	void redeliveredEventIsDroppedByItsId() {
		List<String> delivered = new CopyOnWriteArrayList<>();
		start(2, 10, (event) -> {
			delivered.add(event.eventId());
			return null;
		});
		SlackEvent first = TestEvents.event("message", "Ev1", (json) -> json.put("channel", "C1").put("text", "a"));
		SlackEvent redelivery = new SlackEvent(first.type(), first.subtype(), first.channel(), first.user(),
				first.botId(), first.team(), "Ev1", SlackTransport.EVENTS_API, null, 1, "http_timeout", first.event(),
				first.payload());
		this.dispatcher.handle(first).block(TIMEOUT);
		this.dispatcher.handle(redelivery).block(TIMEOUT);
		this.dispatcher.handle(TestEvents.event("message", "Ev2", (json) -> json.put("channel", "C1"))).block(TIMEOUT);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(delivered).containsExactly("Ev1", "Ev2");
		assertThat(this.dispatcher.getMetrics().getDuplicateCount()).isEqualTo(1);
	}

	@Test
	void gracefulStopDrainsAcceptedEventsAndRejectsNewOnes() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<String> completed = new CopyOnWriteArrayList<>();
		start(2, 10, (event) -> {
			String text = event.event().path("text").asString();
			if (text.equals("in flight")) {
				started.countDown();
				await(release);
			}
			completed.add(text + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""));
			return null;
		});
		SlackListenerEndpointRegistry registry = this.context.getBean(SlackListenerEndpointRegistry.class);
		this.dispatcher.handle(TestEvents.message("C1", "U1", "in flight")).block(TIMEOUT);
		this.dispatcher.handle(TestEvents.message("C1", "U1", "queued")).block(TIMEOUT);
		assertThat(started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

		CountDownLatch stopped = new CountDownLatch(1);
		registry.stop(stopped::countDown);
		assertThat(registry.isRunning()).isFalse();
		assertThatExceptionOfType(SlackEventRejectedException.class)
			.isThrownBy(() -> this.dispatcher.handle(TestEvents.message("C2", "U1", "too late")).block(TIMEOUT));
		assertThat(stopped.getCount()).isEqualTo(1);

		release.countDown();
		assertThat(stopped.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(completed).containsExactly("in flight", "queued");

		registry.start();
		this.dispatcher.handle(TestEvents.message("C2", "U1", "after restart")).block(TIMEOUT);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(completed).containsExactly("in flight", "queued", "after restart");
	}

	private void start(int concurrency, int queueCapacity, Function<SlackEvent, @Nullable Object> behaviour) {
		SlackEventDispatcher dispatcher = new SlackEventDispatcher();
		dispatcher.setConcurrency(concurrency);
		dispatcher.setQueueCapacity(queueCapacity);
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean("slackEventDispatcher", SlackEventDispatcher.class, () -> dispatcher);
		this.context.registerBean("recorder", Recorder.class, () -> new Recorder(behaviour));
		this.context.register(Config.class);
		this.context.refresh();
		this.dispatcher = this.context.getBean(SlackEventDispatcher.class);
		assertThat(this.dispatcher).isSameAs(dispatcher);
	}

	private static void awaitStarted(AtomicInteger started, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (started.get() < count) {
			assertThat(System.nanoTime()).as("listener invocation %d started", count).isLessThan(deadline);
			Thread.sleep(1);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static class Recorder {

		private final Function<SlackEvent, @Nullable Object> behaviour;

		Recorder(Function<SlackEvent, @Nullable Object> behaviour) {
			this.behaviour = behaviour;
		}

		@SlackEventListener("message")
		@Nullable Object on(SlackEvent event) {
			return this.behaviour.apply(event);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

	}

}
