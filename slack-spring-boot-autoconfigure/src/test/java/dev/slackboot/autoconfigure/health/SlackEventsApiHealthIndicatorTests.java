package dev.slackboot.autoconfigure.health;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackRequestVerifier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackEventsApiHealthIndicator}.
 */
class SlackEventsApiHealthIndicatorTests {

	private static final String SECRET = "health-signing-secret-77";

	private static final String EVENT = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\","
			+ "\"event\":{\"type\":\"message\",\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"hi\"}}";

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));

	private final Clock clock = new Clock() {

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
			return SlackEventsApiHealthIndicatorTests.this.now.get();
		}

	};

	private final SlackEventsApiHandler handler = SlackEventsApiHandler.builder()
		.signingSecret(SECRET)
		.eventHandler((event) -> Mono.empty())
		.clock(this.clock)
		.build();

	private final WebTestClient client = WebTestClient.bindToRouterFunction(this.handler.routerFunction("/events"))
		.build();

	private final SlackEventsApiHealthIndicator indicator = new SlackEventsApiHealthIndicator(this.handler,
			this.clock);

	@Test
	void unknownBeforeAnyRequest() {
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("accepted", 0L)
			.containsEntry("signatureFailuresSinceLastVerified", 0L)
			.containsEntry("hint", "No request from Slack yet")
			.doesNotContainKey("lastVerifiedRequestAge");
	}

	@Test
	void upAfterVerifiedRequest() {
		assertThat(send(SECRET, Map.of())).isEqualTo(200);
		assertThat(send(SECRET, Map.of("X-Slack-Retry-Num", "1"))).isEqualTo(200);
		this.now.set(this.now.get().plusSeconds(42));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("accepted", 2L)
			.containsEntry("retries", 1L)
			.containsEntry("lastVerifiedRequestAge", "PT42S")
			.containsEntry("signatureFailures", Map.of())
			.doesNotContainKey("hint");
	}

	@Test
	void unknownWhenRequestsWereRefusedSinceLastVerifiedOneAndUpAgainAfterNextVerified() {
		send(SECRET, Map.of());
		for (int i = 0; i < 50; i++) {
			assertThat(send("another-secret", Map.of())).isEqualTo(401);
		}
		send(SECRET, Map.of("X-Slack-Request-Timestamp", "1"));
		Health refused = this.indicator.health();
		assertThat(refused.getStatus()).as("refused requests never make it DOWN").isEqualTo(Status.UNKNOWN);
		assertThat(refused.getDetails())
			.containsEntry("signatureFailures", Map.of("stale_timestamp", 1L, "signature_mismatch", 50L))
			.containsEntry("signatureFailuresSinceLastVerified", 51L)
			.containsEntry("lastSignatureFailure", "stale_timestamp")
			.containsEntry("lastSignatureFailureAge", "PT0S")
			.containsKey("hint");
		send(SECRET, Map.of());
		Health recovered = this.indicator.health();
		assertThat(recovered.getStatus()).isEqualTo(Status.UP);
		assertThat(recovered.getDetails()).containsEntry("signatureFailuresSinceLastVerified", 0L);
	}

	@Test
	void unknownWhenOnlyRefusedRequestsArrived() {
		send("another-secret", Map.of());
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails().toString()).doesNotContain(SECRET);
		assertThat((String) health.getDetails().get("hint")).contains("slack.signing-secret");
	}

	private int send(String secret, Map<String, String> headers) {
		long timestamp = this.now.get().getEpochSecond();
		byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
		return this.client.post()
			.uri("/events")
			.contentType(MediaType.APPLICATION_JSON)
			.header(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SlackRequestVerifier.SIGNATURE_HEADER, new SlackRequestVerifier(secret).sign(timestamp, body))
			.headers((http) -> headers.forEach(http::set))
			.bodyValue(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
