package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServerRoutes;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Events API over HTTP, the emulator calling the app as Slack does: POSTs each event the app receives, as an
 * {@code event_callback} JSON body signed with the signing secret ({@code X-Slack-Request-Timestamp},
 * {@code X-Slack-Signature}), to the app's request URL once one is set. An attempt the app does not answer with a
 * 2xx status within the deadline (3 seconds on Slack) is retried at once, up to 3 times, with
 * {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason} (Slack waits about a minute and then five before the
 * second and third retries). Also sends {@code url_verification} on demand, and forged requests for the app's
 * rejection tests. Serves no route: it calls the app.
 */
final class EventsApiDelivery implements EmulatorEndpoint {

	/**
	 * How often Slack retries a request.
	 */
	static final int MAX_RETRIES = 3;

	private static final Duration STALE_AGE = Duration.ofMinutes(10);

	private static final String USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";

	private static final String HTTP_TIMEOUT = "http_timeout";

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private final JsonMapper mapper;

	private final RequestSigner signer;

	private final RequestSigner forger = new RequestSigner("not-the-app-signing-secret");

	private final SecureRandom random = new SecureRandom();

	private final ConnectionProvider connections = ConnectionProvider.builder("slack-emulator-events-api")
		.maxConnections(500)
		.pendingAcquireMaxCount(-1)
		.build();

	private final HttpClient http = HttpClient.create(this.connections);

	private final EventDeliveryLog log = new EventDeliveryLog();

	private volatile @Nullable String requestUrl;

	private volatile Duration ackTimeout;

	private volatile boolean stopped;

	/**
	 * Creates the delivery.
	 * @param events the app's events
	 * @param mapper the JSON mapper
	 * @param signingSecret the app's signing secret
	 * @param requestUrl the app's request URL, {@code null} for none yet
	 * @param ackTimeout the deadline for the app's answer
	 */
	EventsApiDelivery(AppEvents events, JsonMapper mapper, String signingSecret, @Nullable String requestUrl,
			Duration ackTimeout) {
		this.mapper = mapper;
		this.signer = new RequestSigner(signingSecret);
		this.requestUrl = requestUrl;
		this.ackTimeout = ackTimeout;
		events.addListener(() -> this.requestUrl != null && !this.stopped, this::onEvent);
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
	}

	/**
	 * Sets the app's request URL.
	 * @param requestUrl the URL, {@code null} to stop sending events
	 */
	void requestUrl(@Nullable String requestUrl) {
		this.requestUrl = requestUrl;
	}

	@Nullable String requestUrl() {
		return this.requestUrl;
	}

	/**
	 * Sets the deadline for the app's answers to the requests sent from now on.
	 * @param ackTimeout the deadline
	 */
	void ackTimeout(Duration ackTimeout) {
		this.ackTimeout = ackTimeout;
	}

	private void onEvent(ObjectNode callback) {
		String url = this.requestUrl;
		if (url != null && !this.stopped) {
			deliver(url, callback).subscribe();
		}
	}

	private Mono<EventDelivery> deliver(String url, ObjectNode callback) {
		byte[] body = this.mapper.writeValueAsBytes(callback);
		String eventId = callback.path("event_id").asString(null);
		String type = callback.path("event").path("type").asString("event_callback");
		return send(url, body, 0, null).map((answer) -> this.log.record(new EventDelivery(eventId, type,
				answer.attempts(), answer.status(), answer.failure())));
	}

	private Mono<Answer> send(String url, byte[] body, int retry, @Nullable String retryReason) {
		long timestamp = now();
		String signature = this.signer.sign(timestamp, body);
		return post(url, body, (headers) -> {
			headers.set("X-Slack-Request-Timestamp", timestamp).set("X-Slack-Signature", signature);
			if (retryReason != null) {
				headers.set("X-Slack-Retry-Num", retry).set("X-Slack-Retry-Reason", retryReason);
			}
		}).map((answer) -> answer.attempt(retry + 1)).flatMap((answer) -> {
			if (answer.failure() == null || retry == MAX_RETRIES || this.stopped) {
				return Mono.just(answer);
			}
			logger.debug("The app's request URL failed (" + answer.failure() + "); retrying");
			return send(url, body, retry + 1, answer.failure());
		});
	}

	/**
	 * Sends a {@code url_verification} request and checks that the app answers with its challenge.
	 * @return the finished delivery, failed with {@code challenge_mismatch} when the answer lacked the challenge
	 * @throws IllegalStateException when no request URL is set
	 */
	Mono<EventDelivery> verifyUrl() {
		String url = requireUrl();
		byte[] key = new byte[24];
		this.random.nextBytes(key);
		String challenge = HexFormat.of().formatHex(key);
		ObjectNode verification = this.mapper.createObjectNode()
			.put("token", AppEvents.VERIFICATION_TOKEN)
			.put("challenge", challenge)
			.put("type", "url_verification");
		byte[] body = this.mapper.writeValueAsBytes(verification);
		long timestamp = now();
		String signature = this.signer.sign(timestamp, body);
		return post(url, body, (headers) -> headers.set("X-Slack-Request-Timestamp", timestamp)
			.set("X-Slack-Signature", signature)).map((answer) -> {
				String failure = (answer.failure() == null && !answersChallenge(answer.body(), challenge))
						? "challenge_mismatch" : answer.failure();
				return this.log.record(new EventDelivery(null, "url_verification", 1, answer.status(), failure));
			});
	}

	/**
	 * Sends one request, never retried, that the app must reject.
	 * @param callback the payload
	 * @param forgery what is wrong with the request
	 * @return the finished delivery, with the app's answer
	 * @throws IllegalStateException when no request URL is set
	 */
	Mono<EventDelivery> sendForged(ObjectNode callback, RequestForgery forgery) {
		String url = requireUrl();
		byte[] body = this.mapper.writeValueAsBytes(callback);
		long timestamp = (forgery == RequestForgery.STALE_TIMESTAMP) ? now() - STALE_AGE.toSeconds() : now();
		return post(url, body, (headers) -> {
			headers.set("X-Slack-Request-Timestamp", timestamp);
			if (forgery == RequestForgery.BAD_SIGNATURE) {
				headers.set("X-Slack-Signature", this.forger.sign(timestamp, body));
			}
			else if (forgery == RequestForgery.STALE_TIMESTAMP) {
				headers.set("X-Slack-Signature", this.signer.sign(timestamp, body));
			}
		}).map((answer) -> this.log.record(new EventDelivery(callback.path("event_id").asString(null),
				callback.path("event").path("type").asString("event_callback"), 1, answer.status(),
				answer.failure())));
	}

	private Mono<Answer> post(String url, byte[] body, Consumer<HttpHeaders> signing) {
		return this.http.headers((headers) -> {
			headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json").set(HttpHeaderNames.USER_AGENT, USER_AGENT);
			signing.accept(headers);
		})
			.post()
			.uri(url)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.map((text) -> Answer.of(response.status().code(), text)))
			.timeout(this.ackTimeout)
			.onErrorResume(TimeoutException.class, (ex) -> Mono.just(new Answer(0, "", HTTP_TIMEOUT, 1)))
			.onErrorResume((ex) -> Mono.just(new Answer(0, "", "connection_failed", 1)));
	}

	private boolean answersChallenge(String answer, String challenge) {
		String text = answer.trim();
		if (text.equals(challenge)) {
			return true;
		}
		if (text.startsWith("{")) {
			try {
				JsonNode json = this.mapper.readTree(text);
				return challenge.equals(json.path("challenge").asString(null));
			}
			catch (JacksonException ex) {
				return false;
			}
		}
		List<String> form = new QueryStringDecoder(text, false).parameters().get("challenge");
		return form != null && form.contains(challenge);
	}

	/**
	 * Returns the finished deliveries, oldest first.
	 * @return up to the last 1000
	 */
	List<EventDelivery> deliveries() {
		return this.log.deliveries();
	}

	/**
	 * Returns the first finished delivery matching a predicate, or the next one.
	 * @param predicate what the delivery must match
	 * @return the delivery; cancelling it ends the wait
	 */
	Mono<EventDelivery> nextDelivery(Predicate<EventDelivery> predicate) {
		return Mono.defer(() -> this.log.next(predicate));
	}

	private String requireUrl() {
		String url = this.requestUrl;
		if (url == null) {
			throw new IllegalStateException("No Events API request URL is set; set the app's with eventsRequestUrl");
		}
		return url;
	}

	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

	@Override
	public void stop() {
		this.stopped = true;
		this.connections.dispose();
	}

	/**
	 * The app's answer to a request.
	 *
	 * @param status the HTTP status, 0 for none
	 * @param body the body
	 * @param failure the retry reason when not a 2xx status in time, {@code null} otherwise
	 * @param attempts the requests sent so far
	 */
	private record Answer(int status, String body, @Nullable String failure, int attempts) {

		static Answer of(int status, String body) {
			return new Answer(status, body, (status >= 200 && status < 300) ? null : "http_error", 1);
		}

		Answer attempt(int attempt) {
			return new Answer(this.status, this.body, this.failure, attempt);
		}

	}

}
