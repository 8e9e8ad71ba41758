package dev.slackboot.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeOptions;
import dev.slackboot.socket.SlackSocketModeState;
import dev.slackboot.socket.SocketModeTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link SlackSocketModeHealthIndicator} over a real client and WebSocket server: UNKNOWN when stopped, UP when
 * connected, DOWN when Slack refused the app or when disconnected for too long, never a secret in the details.
 */
class SlackSocketModeHealthIndicatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private SocketModeTestServer server;

	private SlackSocketModeClient client;

	@BeforeEach
	void start() {
		this.server = SocketModeTestServer.start();
		this.client = SlackSocketModeClient.builder(this.server.webClient())
			.options(SlackSocketModeOptions.builder().reconnectBackoff(Duration.ofMillis(200), Duration.ofMillis(400))
				.build())
			.eventHandler((event) -> Mono.empty())
			.build();
	}

	@AfterEach
	void stop() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		stopped.await(5, TimeUnit.SECONDS);
		this.server.close();
	}

	@Test
	void unknownWhenStoppedAndUpWhenConnected() {
		SlackSocketModeHealthIndicator indicator = new SlackSocketModeHealthIndicator(this.client);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
		this.client.start();
		this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getStatus().isConnected());
		this.server.sendMessage("Ev1", "C1", "U1", "hi");
		await(() -> this.client.getMetrics().getAckCount() == 1);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "CONNECTED")
			.containsEntry("app", SocketModeTestServer.APP_ID)
			.containsEntry("connections", "1/1")
			.containsEntry("acks", 1L)
			.containsEntry("redeliveries", 0L)
			.containsKey("connectedSince");
		assertThat(health.toString()).doesNotContain(SocketModeTestServer.APP_TOKEN).doesNotContain("ticket");
	}

	@Test
	void downWhenSlackRefusesTheAppToken() {
		this.server.answerNext("apps.connections.open", 200, "{\"ok\":false,\"error\":\"invalid_auth\"}", null);
		SlackSocketModeHealthIndicator indicator = new SlackSocketModeHealthIndicator(this.client);
		this.client.start();
		await(() -> this.client.getState() == SlackSocketModeState.FAILED);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("lastFailure")).contains("invalid_auth");
	}

	@Test
	void unknownWhileReconnectingThenDownAfterTheThreshold() {
		SlackSocketModeHealthIndicator patient = new SlackSocketModeHealthIndicator(this.client, Duration.ofMinutes(1));
		SlackSocketModeHealthIndicator impatient = new SlackSocketModeHealthIndicator(this.client, Duration.ZERO);
		this.client.start();
		SocketModeTestServer.Socket socket = this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getStatus().isConnected());
		socket.drop();
		await(() -> this.client.getState() == SlackSocketModeState.RECONNECTING);
		assertThat(patient.health().getStatus()).isEqualTo(Status.UNKNOWN);
		Health down = impatient.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsKeys("disconnectedFor", "lastFailure").containsEntry("connections", "0/1");
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
