package dev.slackboot.samples.socketmodebot;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import dev.slackboot.autoconfigure.SlackSocketModeClientCustomizer;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeStatus;
import dev.slackboot.test.AutoConfigureSlackEmulator;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.test.emulator.SocketModeStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Socket Mode delivery against the emulator, through the whole application: Slack's refreshes under steady load
 * and a missed acknowledgement lose and duplicate nothing. A customizer holds one event back to make its
 * acknowledgement late.
 */
@SpringBootTest
@AutoConfigureSlackEmulator
class SocketModeDeliveryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	/**
	 * The emulator's deadline for an acknowledgement during the refresh test: an event that happens while no
	 * connection takes envelopes (between Slack's {@code disconnect} and the new connection's {@code hello}) is
	 * delivered again after it.
	 */
	private static final Duration ACK_TIMEOUT = Duration.ofMillis(100);

	/**
	 * How long the connection stays between two refreshes: longer than the deadline, so that the redelivery of an
	 * event that happened between two connections finds one open, as it would on Slack, which refreshes a
	 * connection every few hours.
	 */
	private static final Duration CONNECTED_WINDOW = Duration.ofMillis(120);

	private static final String LATE_TEXT = "acknowledged too late";

	private static final Duration LATE_ACCEPTANCE = Duration.ofMillis(450);

	@Autowired
	SlackEmulator slack;

	@Autowired
	SlackSocketModeClient socketMode;

	@Autowired
	SlackEventDispatcher dispatcher;

	@Autowired
	Recorder recorder;

	@BeforeEach
	void awaitConnected() {
		await().atMost(TIMEOUT).until(() -> this.socketMode.getStatus().isConnected());
		this.recorder.texts.clear();
	}

	@AfterEach
	void restoreAckTimeout() {
		this.slack.ackTimeout(Duration.ofSeconds(3));
	}

	@Test
	void refreshRequestedUnderSteadyLoadLosesAndDuplicatesNothing() throws Exception {
		this.slack.ackTimeout(ACK_TIMEOUT);
		SocketModeStats before = this.slack.socketModeStats();
		long duplicatesBefore = this.dispatcher.getMetrics().getDuplicateCount();
		long refreshesBefore = this.socketMode.getStatus().refreshes();
		AtomicBoolean loading = new AtomicBoolean(true);
		AtomicLong sent = new AtomicLong();
		Thread load = new Thread(() -> {
			while (loading.get()) {
				this.slack.postAsUser("general", "load " + sent.incrementAndGet());
				sleep(2);
			}
		}, "steady-load");
		long started = System.nanoTime();
		load.start();
		int cycles = 100;
		for (int cycle = 1; cycle <= cycles; cycle++) {
			this.slack.requestRefresh();
			long refreshes = refreshesBefore + cycle;
			await().atMost(TIMEOUT)
				.pollInterval(Duration.ofMillis(2))
				.until(() -> this.socketMode.getStatus().refreshes() >= refreshes
						&& this.slack.socketModeConnections() == 1);
			sleep(CONNECTED_WINDOW.toMillis());
		}
		loading.set(false);
		load.join();
		long total = sent.get();
		await().atMost(TIMEOUT).until(() -> this.slack.socketModeStats().unacked() == 0);
		waitFor(() -> this.recorder.texts.size() >= total, Duration.ofSeconds(5));
		long elapsed = System.nanoTime() - started;
		long lost = 0;
		long duplicated = 0;
		for (long n = 1; n <= total; n++) {
			AtomicInteger count = this.recorder.texts.get("load " + n);
			lost += (count == null) ? 1 : 0;
			duplicated += (count != null) ? count.get() - 1 : 0;
		}
		SocketModeStats after = this.slack.socketModeStats();
		SlackSocketModeStatus status = this.socketMode.getStatus();
		System.out.printf("Emulator, refresh under steady load: %d refresh_requested cycles in %d ms, %d events "
				+ "posted, %d lost, %d duplicated at the listener; emulator redelivered %d, expired %d; the dispatcher "
				+ "dropped %d redeliveries; client reconnects %d%n", cycles, elapsed / 1_000_000, total, lost,
				duplicated, after.redeliveries() - before.redeliveries(), after.expired() - before.expired(),
				this.dispatcher.getMetrics().getDuplicateCount() - duplicatesBefore, status.reconnects());
		assertThat(lost).as("events lost").isZero();
		assertThat(duplicated).as("events duplicated").isZero();
		assertThat(after.expired()).as("envelopes never acknowledged").isEqualTo(before.expired());
		assertThat(status.refreshes() - refreshesBefore).isEqualTo(cycles);
		assertThat(status.openConnections()).isEqualTo(1);
	}

	@Test
	void aMissedAckIsRedeliveredAndReachesTheListenerOnce() {
		this.slack.ackTimeout(Duration.ofMillis(300));
		SocketModeStats before = this.slack.socketModeStats();
		long redeliveriesBefore = this.socketMode.getMetrics().getRedeliveryCount();
		long duplicatesBefore = this.dispatcher.getMetrics().getDuplicateCount();
		this.slack.postAsUser("general", LATE_TEXT);
		await().atMost(TIMEOUT).until(() -> this.slack.socketModeStats().redeliveries() > before.redeliveries());
		await().atMost(TIMEOUT).until(() -> this.slack.socketModeStats().unacked() == 0);
		await().atMost(TIMEOUT).until(() -> this.dispatcher.getMetrics().getDuplicateCount() > duplicatesBefore);
		sleep(200);
		assertThat(this.recorder.texts.get(LATE_TEXT)).as("listener invocations").hasValue(1);
		assertThat(this.socketMode.getMetrics().getRedeliveryCount()).isGreaterThan(redeliveriesBefore);
		System.out.printf("Emulator, missed ack: the first ack came %d ms after a %d ms deadline; %d redelivery, "
				+ "delivered to the listener once%n", LATE_ACCEPTANCE.toMillis(), 300,
				this.slack.socketModeStats().redeliveries() - before.redeliveries());
	}

	private static void waitFor(BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			sleep(10);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecorderConfiguration {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

		/**
		 * Holds the first delivery of {@value SocketModeDeliveryTests#LATE_TEXT} back, so that its
		 * acknowledgement misses the emulator's deadline.
		 */
		@Bean
		SlackSocketModeClientCustomizer lateAcknowledgement(ObjectProvider<SlackEventDispatcher> dispatcher) {
			return (builder) -> builder.eventHandler((event) -> {
				Mono<Void> accepted = Mono.defer(() -> dispatcher.getObject().handle(event));
				boolean late = event.retryAttempt() == 0 && LATE_TEXT.equals(event.event().path("text").asString(""));
				return late ? Mono.delay(LATE_ACCEPTANCE).then(accepted) : accepted;
			});
		}

	}

	static class Recorder {

		final Map<String, AtomicInteger> texts = new ConcurrentHashMap<>();

		@SlackEventListener("message")
		void message(SlackEvent event) {
			String text = event.event().path("text").asString("");
			this.texts.computeIfAbsent(text, (key) -> new AtomicInteger()).incrementAndGet();
		}

	}

}
