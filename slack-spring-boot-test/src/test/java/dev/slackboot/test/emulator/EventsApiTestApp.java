package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.netty.handler.codec.http.HttpHeaders;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * The app side of the Events API for the tests: an HTTP server that records every request, verifies its
 * signature as an app must (401 for a bad or missing signature or a timestamp more than 5 minutes off), answers
 * {@code url_verification} with the challenge, and answers the others as planned (200 at once by default). At
 * {@link #urlWithoutChallenge()} it answers every request with an empty 200.
 */
final class EventsApiTestApp implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final String signingSecret;

	private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

	private final Queue<Plan> plans = new ConcurrentLinkedQueue<>();

	private final DisposableServer server;

	EventsApiTestApp(String signingSecret) {
		this.signingSecret = signingSecret;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/slack/events", this::handle)
				.post("/without-challenge", (request, response) -> response.status(200).send()))
			.bindNow(TIMEOUT);
	}

	String url() {
		return "http://127.0.0.1:" + this.server.port() + "/slack/events";
	}

	String urlWithoutChallenge() {
		return "http://127.0.0.1:" + this.server.port() + "/without-challenge";
	}

	/**
	 * Plans the answer to the next request not yet planned for.
	 */
	void answerNext(int status, Duration delay) {
		this.plans.add(new Plan(status, delay));
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			HttpHeaders headers = request.requestHeaders().copy();
			Request received = new Request(headers, body, verified(headers, body));
			this.requests.add(received);
			if (!received.verified()) {
				return response.status(401).send();
			}
			JsonNode json = received.json();
			if ("url_verification".equals(json.path("type").asString(null))) {
				return response.header("Content-Type", "text/plain")
					.sendString(Mono.just(json.path("challenge").asString()))
					.then();
			}
			Plan plan = this.plans.poll();
			Plan answer = (plan != null) ? plan : new Plan(200, Duration.ZERO);
			return Mono.delay(answer.delay()).then(response.status(answer.status()).send());
		});
	}

	private boolean verified(HttpHeaders headers, String body) {
		String timestamp = headers.get("X-Slack-Request-Timestamp");
		String signature = headers.get("X-Slack-Signature");
		if (timestamp == null || signature == null
				|| Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		String expected = sign(this.signingSecret, timestamp, body);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Computes Slack's v0 signature of a request.
	 */
	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the next request received.
	 */
	Request next() {
		Request request = poll(TIMEOUT);
		if (request == null) {
			throw new AssertionError("The app received no request within " + TIMEOUT);
		}
		return request;
	}

	@Nullable Request poll(Duration timeout) {
		try {
			return this.requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.disposeNow(TIMEOUT);
	}

	/**
	 * A request the app received.
	 */
	record Request(HttpHeaders headers, String body, boolean verified) {

		@Nullable String header(String name) {
			return this.headers.get(name);
		}

		JsonNode json() {
			return EmulatorClients.JSON.readTree(this.body);
		}

	}

	private record Plan(int status, Duration delay) {

	}

}
