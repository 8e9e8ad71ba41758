package dev.slackboot.metrics;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmOptions;
import dev.slackboot.rtm.SlackRtmState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The RTM meters follow a real {@link SlackRtmClient} connected to a real WebSocket server: the state gauge
 * through connect, a dropped socket and a refused token, and the reconnect counter.
 */
class SlackRtmMeterBinderTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private RtmTestServer server;

	private SlackRtmClient client;

	@BeforeEach
	void start() {
		this.server = RtmTestServer.start();
		this.client = SlackRtmClient.builder(this.server.webClient())
			.options(SlackRtmOptions.builder()
				.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
				.build())
			.eventHandler((event) -> Mono.empty())
			.build();
		new SlackRtmMeterBinder(this.client).bindTo(this.registry);
	}

	@AfterEach
	void stop() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		stopped.await(5, TimeUnit.SECONDS);
		this.server.close();
	}

	@Test
	void stateGaugeAndReconnectCounterFollowTheConnection() {
		assertOnlyState("stopped");
		assertThat(reconnects()).isZero();

		this.client.start();
		RtmTestServer.Socket socket = this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getState() == SlackRtmState.CONNECTED);
		assertOnlyState("connected");
		assertThat(reconnects()).isZero();

		socket.drop();
		this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getState() == SlackRtmState.CONNECTED && this.client.getStatus().reconnects() == 1);
		assertOnlyState("connected");
		assertThat(reconnects()).isEqualTo(1);
	}

	@Test
	void stateGaugeShowsFailedWhenSlackRefusesTheToken() {
		this.server.failConnect("invalid_auth");

		this.client.start();
		await(() -> this.client.getState() == SlackRtmState.FAILED);

		assertOnlyState("failed");
	}

	private void assertOnlyState(String current) {
		for (SlackRtmState state : SlackRtmState.values()) {
			String name = state.name().toLowerCase();
			double value = this.registry.get(SlackRtmMeterBinder.CONNECTION_STATE).tag("state", name).gauge().value();
			assertThat(value).as(name).isEqualTo(name.equals(current) ? 1.0 : 0.0);
		}
	}

	private double reconnects() {
		return this.registry.get(SlackRtmMeterBinder.RECONNECTS).functionCounter().count();
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
