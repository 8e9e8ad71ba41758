package dev.slackboot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmOptions;
import dev.slackboot.rtm.SlackRtmState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link SlackRtmHealthIndicator} reports a real {@link SlackRtmClient} connected to a real WebSocket server,
 * from memory: up, refused, reconnecting within and past the threshold, stopped; never a secret.
 */
class SlackRtmHealthIndicatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final MutableClock clock = new MutableClock();

	private RtmTestServer server;

	private SlackRtmClient client;

	private SlackRtmHealthIndicator indicator;

	@BeforeEach
	void start() {
		this.server = RtmTestServer.start();
		this.client = SlackRtmClient.builder(this.server.webClient())
			.options(SlackRtmOptions.builder()
				.pingInterval(Duration.ofMillis(500))
				.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
				.build())
			.eventHandler((event) -> Mono.empty())
			.build();
		this.indicator = new SlackRtmHealthIndicator(this.client, Duration.ofMinutes(2), this.clock);
	}

	@AfterEach
	void stop() throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		stopped.await(5, TimeUnit.SECONDS);
		this.server.close();
	}

	@Test
	void upWhenConnectedWithTheConnectionInTheDetailsAndNoToken() {
		this.client.start();
		await(() -> this.client.getState() == SlackRtmState.CONNECTED && this.client.getStatus().lastPongAt() != null);

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "CONNECTED")
			.containsEntry("team", RtmTestServer.TEAM_ID)
			.containsEntry("teamName", "Test Team")
			.containsEntry("botUser", RtmTestServer.BOT_USER_ID)
			.containsEntry("botId", RtmTestServer.BOT_ID)
			.containsEntry("connectedSince", this.client.getStatus().connectedSince().toString())
			.containsEntry("reconnects", 0L)
			.containsKey("lastPongAge")
			.doesNotContainKeys("lastFailure", "disconnectedFor");
		assertThat(health.toString()).doesNotContain(RtmTestServer.TOKEN).doesNotContain(this.server.socketUrl());
	}

	@Test
	void downWhenSlackRefusesTheToken() {
		this.server.failConnect("invalid_auth");

		this.client.start();
		await(() -> this.client.getState() == SlackRtmState.FAILED);
		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "FAILED");
		assertThat((String) health.getDetails().get("lastFailure")).contains("invalid_auth");
		assertThat(health.toString()).doesNotContain(RtmTestServer.TOKEN);
	}

	@Test
	void unknownWhileReconnectingWithinTheThresholdThenDownPastIt() {
		this.client.start();
		RtmTestServer.Socket socket = this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getState() == SlackRtmState.CONNECTED);
		this.server.failConnect("internal_error");

		socket.drop();
		await(() -> this.client.getState() == SlackRtmState.RECONNECTING
				&& this.client.getStatus().lastFailure() != null);
		this.clock.advance(Duration.ofSeconds(90));
		Health reconnecting = this.indicator.health();
		this.clock.advance(Duration.ofSeconds(30));
		Health down = this.indicator.health();

		assertThat(reconnecting.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(reconnecting.getDetails()).containsEntry("state", "RECONNECTING")
			.containsEntry("disconnectedFor", "PT1M30S")
			.containsEntry("downAfter", "PT2M")
			.containsKey("lastFailure");
		assertThat((long) reconnecting.getDetails().get("reconnects")).isPositive();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("disconnectedFor", "PT2M");
	}

	@Test
	void connectedAgainResetsTheDisconnectedTime() {
		this.client.start();
		RtmTestServer.Socket socket = this.server.awaitSocket(TIMEOUT);
		await(() -> this.client.getState() == SlackRtmState.CONNECTED);
		this.clock.advance(Duration.ofMinutes(5));
		this.server.failConnect("internal_error");
		socket.drop();
		await(() -> this.client.getState() == SlackRtmState.RECONNECTING);
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);

		this.server.answerApi("rtm.connect", "{\"ok\":true,\"url\":\"" + this.server.socketUrl()
				+ "\",\"self\":{\"id\":\"U0BOT\"},\"team\":{\"id\":\"T0TEAM\",\"name\":\"Test Team\"}}");
		await(() -> this.client.getState() == SlackRtmState.CONNECTED);
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		this.server.failConnect("internal_error");
		this.server.awaitSocket(TIMEOUT).drop();
		await(() -> this.client.getState() == SlackRtmState.RECONNECTING);

		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void unknownWhenStopped() {
		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("state", "STOPPED").doesNotContainKey("disconnectedFor");
	}

	@Test
	void socketUrlsAndTokensInTheLastFailureAreMasked() {
		this.server.failConnect("bad_gateway for wss://wss-primary.slack.com/websocket/secret-ticket with "
				+ RtmTestServer.TOKEN);

		this.client.start();
		await(() -> this.client.getStatus().lastFailure() != null);
		Health health = this.indicator.health();

		assertThat(this.client.getStatus().lastFailure().getMessage()).contains("secret-ticket")
			.contains(RtmTestServer.TOKEN);
		assertThat(health.getDetails()).containsEntry("lastFailure",
				"Slack method rtm.connect failed: bad_gateway for **** with ****");
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

	/**
	 * A clock the test moves forward.
	 */
	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
