package dev.slackboot.test.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.json;
import static dev.slackboot.test.emulator.EmulatorClients.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The Events API over HTTP against the emulator: a small HTTP server plays the app, verifying signatures itself;
 * the answer deadline is 1 second, long enough for a cold JVM.
 */
class EventsApiTests {

	private static final String SECRET = "test-signing-secret";

	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(1);

	private final EventsApiTestApp app = new EventsApiTestApp(SECRET);

	private final SlackEmulator emulator = SlackEmulator.builder()
		.signingSecret(SECRET)
		.eventsRequestUrl(this.app.url())
		.ackTimeout(ACK_TIMEOUT)
		.build()
		.start();

	@AfterEach
	void stop() {
		this.emulator.stop();
		this.app.close();
	}

	@Test
	void eventsArePostedAsSignedJson() {
		long before = System.currentTimeMillis() / 1000;
		String ts = this.emulator.postAsUser("general", "hello over http").ts();
		EventsApiTestApp.Request request = this.app.next();
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		long timestamp = Long.parseLong(request.header("X-Slack-Request-Timestamp"));
		assertThat(timestamp).isBetween(before, System.currentTimeMillis() / 1000);
		assertThat(request.header("X-Slack-Signature"))
			.isEqualTo(EventsApiTestApp.sign(SECRET, String.valueOf(timestamp), request.body()));
		assertThat(request.verified()).isTrue();
		assertThat(request.header("X-Slack-Retry-Num")).isNull();
		JsonNode payload = request.json();
		assertThat(payload.path("type").asString()).isEqualTo("event_callback");
		assertThat(payload.path("api_app_id").asString()).isEqualTo(SlackEmulator.APP_ID);
		assertThat(payload.path("event_id").asString()).startsWith("Ev");
		assertThat(payload.path("authorizations").get(0).path("user_id").asString())
			.isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(payload.path("event").path("text").asString()).isEqualTo("hello over http");
		assertThat(payload.path("event").path("ts").asString()).isEqualTo(ts);
		EventDelivery delivery = this.emulator.awaitEventDelivery((d) -> "message".equals(d.type()),
				Duration.ofSeconds(5));
		assertThat(delivery).isEqualTo(new EventDelivery(payload.path("event_id").asString(), "message", 1, 200, null));
		assertThat(delivery.delivered()).isTrue();
	}

	@Test
	void urlVerificationIsAnsweredWithTheChallenge() {
		EventDelivery verification = this.emulator.verifyUrl();
		assertThat(verification.delivered()).isTrue();
		assertThat(verification.type()).isEqualTo("url_verification");
		JsonNode request = this.app.next().json();
		assertThat(request.path("type").asString()).isEqualTo("url_verification");
		assertThat(request.path("challenge").asString()).isNotBlank();
		assertThat(request.path("token").asString()).isNotBlank();
	}

	@Test
	void aVerificationAnsweredWithoutTheChallengeOrWithAnErrorFails() {
		this.emulator.eventsRequestUrl(this.app.urlWithoutChallenge());
		EventDelivery withoutChallenge = this.emulator.verifyUrl();
		assertThat(withoutChallenge.delivered()).isFalse();
		assertThat(withoutChallenge.status()).isEqualTo(200);
		assertThat(withoutChallenge.failure()).isEqualTo("challenge_mismatch");
		this.emulator.eventsRequestUrl(this.app.url().replace("/slack/events", "/elsewhere"));
		EventDelivery notFound = this.emulator.verifyUrl();
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.failure()).isEqualTo("http_error");
		try (EventsApiTestApp wrongSecret = new EventsApiTestApp("another-secret")) {
			this.emulator.eventsRequestUrl(wrongSecret.url());
			assertThat(this.emulator.verifyUrl().status()).isEqualTo(401);
		}
	}

	@Test
	void aServerErrorIsRetriedThreeTimesWithRetryNumAndReason() {
		for (int i = 0; i < 4; i++) {
			this.app.answerNext(500, Duration.ZERO);
		}
		this.emulator.postAsUser("general", "fails");
		EventsApiTestApp.Request first = this.app.next();
		assertThat(first.header("X-Slack-Retry-Num")).isNull();
		for (int retry = 1; retry <= 3; retry++) {
			EventsApiTestApp.Request request = this.app.next();
			assertThat(request.header("X-Slack-Retry-Num")).isEqualTo(String.valueOf(retry));
			assertThat(request.header("X-Slack-Retry-Reason")).isEqualTo("http_error");
			assertThat(request.body()).isEqualTo(first.body());
			assertThat(request.verified()).isTrue();
		}
		EventDelivery delivery = this.emulator.awaitEventDelivery((d) -> true, Duration.ofSeconds(5));
		assertThat(delivery.attempts()).isEqualTo(4);
		assertThat(delivery.status()).isEqualTo(500);
		assertThat(delivery.failure()).isEqualTo("http_error");
		assertThat(this.app.poll(Duration.ofMillis(300))).isNull();
	}

	@Test
	void aSlowAnswerIsRetriedAsHttpTimeout() {
		this.app.answerNext(200, ACK_TIMEOUT.multipliedBy(3));
		this.emulator.postAsUser("general", "slow app");
		assertThat(this.app.next().header("X-Slack-Retry-Num")).isNull();
		EventsApiTestApp.Request retry = this.app.next();
		assertThat(retry.header("X-Slack-Retry-Num")).isEqualTo("1");
		assertThat(retry.header("X-Slack-Retry-Reason")).isEqualTo("http_timeout");
		EventDelivery delivery = this.emulator.awaitEventDelivery((d) -> true, Duration.ofSeconds(5));
		assertThat(delivery.delivered()).isTrue();
		assertThat(delivery.attempts()).isEqualTo(2);
	}

	@Test
	void anUnreachableAppIsRetriedAsConnectionFailed() {
		this.app.close();
		this.emulator.postAsUser("general", "nobody home");
		EventDelivery delivery = this.emulator.awaitEventDelivery((d) -> true, Duration.ofSeconds(5));
		assertThat(delivery.attempts()).isEqualTo(4);
		assertThat(delivery.status()).isZero();
		assertThat(delivery.failure()).isEqualTo("connection_failed");
	}

	@Test
	void forgedRequestsAreRejectedByTheApp() {
		String event = "{\"type\":\"app_home_opened\",\"user\":\"U0ALICE\",\"channel\":\"D0ALICE\"}";
		EventDelivery badSignature = this.emulator.sendForgedEvent(event, RequestForgery.BAD_SIGNATURE);
		assertThat(badSignature.status()).isEqualTo(401);
		assertThat(badSignature.attempts()).isEqualTo(1);
		EventsApiTestApp.Request forged = this.app.next();
		assertThat(forged.header("X-Slack-Signature")).startsWith("v0=")
			.isNotEqualTo(EventsApiTestApp.sign(SECRET, forged.header("X-Slack-Request-Timestamp"), forged.body()));
		assertThat(this.emulator.sendForgedEvent(event, RequestForgery.STALE_TIMESTAMP).status()).isEqualTo(401);
		EventsApiTestApp.Request replayed = this.app.next();
		assertThat(Long.parseLong(replayed.header("X-Slack-Request-Timestamp")))
			.isLessThan(System.currentTimeMillis() / 1000 - 300);
		assertThat(replayed.header("X-Slack-Signature")).isEqualTo(
				EventsApiTestApp.sign(SECRET, replayed.header("X-Slack-Request-Timestamp"), replayed.body()));
		assertThat(this.emulator.sendForgedEvent(event, RequestForgery.NO_SIGNATURE).status()).isEqualTo(401);
		assertThat(this.app.next().header("X-Slack-Signature")).isNull();
	}

	@Test
	void withoutARequestUrlNothingIsSent() {
		this.emulator.eventsRequestUrl(null);
		this.emulator.postAsUser("general", "not sent");
		assertThat(this.app.poll(Duration.ofMillis(300))).isNull();
		assertThatIllegalStateException().isThrownBy(this.emulator::verifyUrl)
			.withMessageContaining("request URL");
	}

	@Test
	void theSigningSecretDefaultsAndStaysOutOfToString() {
		try (SlackEmulator defaults = SlackEmulator.create().start()) {
			assertThat(defaults.signingSecret()).isEqualTo(SlackEmulator.DEFAULT_SIGNING_SECRET);
		}
		assertThat(this.emulator.signingSecret()).isEqualTo(SECRET);
		assertThat(this.emulator.toString()).doesNotContain(SECRET);
	}

	@Test
	void theControlApiOverHttpSetsTheUrlVerifiesItAndListsTheDeliveries() {
		String root = this.emulator.rootUrl() + "_emulator/";
		this.emulator.eventsRequestUrl(null);
		assertThat(json(post(root + "events-api/request-url", "application/json",
				"{\"url\":\"" + this.app.url() + "\"}")).path("ok").asBoolean()).isTrue();
		JsonNode verified = json(post(root + "events-api/verify-url", "application/json", ""));
		assertThat(verified.path("delivery").path("delivered").asBoolean()).isTrue();
		JsonNode forged = json(post(root + "events-api/forged", "application/json",
				"{\"forgery\":\"bad_signature\",\"event\":{\"type\":\"team_join\"}}"));
		assertThat(forged.path("delivery").path("status").asInt()).isEqualTo(401);
		JsonNode state = json(EmulatorClients.send(HttpRequest.newBuilder(URI.create(root + "events-api")).GET()));
		assertThat(state.path("request_url").asString()).isEqualTo(this.app.url());
		assertThat(state.path("deliveries")).hasSize(2);
		assertThat(state.toString()).doesNotContain(SECRET);
	}

}
