package dev.slackboot.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeOptions;
import dev.slackboot.socket.SlackSocketModeState;
import dev.slackboot.socket.SocketModeTestServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Socket Mode meters follow a real {@link SlackSocketModeClient} connected to a real WebSocket server: the
 * state and connections gauges, envelopes, acknowledgements with their latency, redeliveries, refreshes and
 * reconnects.
 */
class SlackSocketModeMeterBinderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private SocketModeTestServer server;

	private SlackSocketModeClient client;

	@BeforeEach
	void start() {
		this.server = SocketModeTestServer.start();
		this.client = SlackSocketModeClient.builder(this.server.webClient())
			.options(SlackSocketModeOptions.builder()
				.connections(2)
				.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
				.build())
			.eventHandler((event) -> Mono.empty())
			.build();
		new SlackSocketModeMeterBinder(this.client).bindTo(this.registry);
	}

	@AfterEach
	void stop() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		stopped.await(5, TimeUnit.SECONDS);
		this.server.close();
	}

	@Test
	void stateAndConnectionGaugesFollowTheConnections() {
		assertOnlyState("stopped");
		assertThat(gauge(SlackSocketModeMeterBinder.CONNECTIONS)).isZero();
		this.client.start();
		SocketModeTestServer.Socket first = this.server.awaitSocket(TIMEOUT);
		this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getStatus().openConnections() == 2);
		assertOnlyState("connected");
		assertThat(gauge(SlackSocketModeMeterBinder.CONNECTIONS)).isEqualTo(2);
		first.drop();
		this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getStatus().openConnections() == 2 && this.client.getStatus().reconnects() == 1);
		assertThat(counter(SlackSocketModeMeterBinder.RECONNECTS)).isEqualTo(1);
		this.server.disconnectAll("refresh_requested");
		await(() -> this.client.getStatus().refreshes() == 2);
		assertThat(counter(SlackSocketModeMeterBinder.REFRESHES)).isEqualTo(2);
		assertThat(counter(SlackSocketModeMeterBinder.RECONNECTS)).isEqualTo(1);
	}

	@Test
	void envelopesAcksLatencyAndRedeliveriesAreCountedByType() {
		this.client.start();
		SocketModeTestServer.Socket socket = this.server.awaitSocket(TIMEOUT);
		this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getStatus().openConnections() == 2);
		this.server.sendMessage("Ev1", "C1", "U1", "one");
		this.server.sendEnvelope("slash_commands", "{\"command\":\"/x\",\"text\":\"\",\"user_id\":\"U1\"}");
		socket.push("{\"envelope_id\":\"again\",\"type\":\"events_api\",\"retry_attempt\":1,"
				+ "\"retry_reason\":\"timeout\",\"payload\":{\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\"}}}");
		await(() -> this.client.getMetrics().getAckCount() == 3);
		assertThat(typed(SlackSocketModeMeterBinder.ENVELOPES, "events_api")).isEqualTo(2);
		assertThat(typed(SlackSocketModeMeterBinder.ENVELOPES, "slash_commands")).isEqualTo(1);
		assertThat(typed(SlackSocketModeMeterBinder.ENVELOPES, "interactive")).isZero();
		assertThat(typed(SlackSocketModeMeterBinder.ACKS, "events_api")).isEqualTo(2);
		assertThat(typed(SlackSocketModeMeterBinder.ACKS, "slash_commands")).isEqualTo(1);
		Timer latency = this.registry.get(SlackSocketModeMeterBinder.ACK_LATENCY).tag("type", "events_api").timer();
		assertThat(latency.count()).isEqualTo(2);
		assertThat(latency.max(TimeUnit.NANOSECONDS)).isPositive();
		assertThat(counter(SlackSocketModeMeterBinder.REDELIVERIES)).isEqualTo(1);
		assertThat(counter(SlackSocketModeMeterBinder.UNACKNOWLEDGED)).isZero();
	}

	private double typed(String name, String type) {
		return this.registry.get(name).tag("type", type).functionCounter().count();
	}

	private double counter(String name) {
		return this.registry.get(name).functionCounter().count();
	}

	private double gauge(String name) {
		return this.registry.get(name).gauge().value();
	}

	private void assertOnlyState(String state) {
		for (SlackSocketModeState candidate : SlackSocketModeState.values()) {
			String name = candidate.name().toLowerCase(Locale.ROOT);
			assertThat(this.registry.get(SlackSocketModeMeterBinder.CONNECTION_STATE).tag("state", name).gauge().value())
				.as(name)
				.isEqualTo(name.equals(state) ? 1.0 : 0.0);
		}
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
