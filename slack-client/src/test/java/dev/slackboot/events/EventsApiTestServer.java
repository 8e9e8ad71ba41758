package dev.slackboot.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves a router function on a real Reactor Netty server and sends requests to it as Slack does, signed with
 * {@link #SIGNING_SECRET}.
 */
public final class EventsApiTestServer implements AutoCloseable {

	/**
	 * The signing secret requests are signed with.
	 */
	public static final String SIGNING_SECRET = "test-signing-secret-8f742231b10e";

	/**
	 * The path the handler is served at.
	 */
	public static final String PATH = "/slack/events";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SlackRequestVerifier signer = new SlackRequestVerifier(SIGNING_SECRET);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final DisposableServer server;

	private EventsApiTestServer(RouterFunction<ServerResponse> router) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(router)))
			.bindNow(TIMEOUT);
	}

	/**
	 * Starts a server for a handler, at {@link #PATH}.
	 * @param handler the handler
	 * @return the started server
	 */
	public static EventsApiTestServer start(SlackEventsApiHandler handler) {
		return new EventsApiTestServer(handler.routerFunction(PATH));
	}

	/**
	 * Returns the request URL.
	 * @return the URL
	 */
	public String url() {
		return "http://127.0.0.1:" + this.server.port() + PATH;
	}

	/**
	 * Posts a JSON body signed now.
	 * @param json the body
	 * @return the answer
	 */
	public Answer postJson(String json) {
		return postJson(json, Map.of());
	}

	/**
	 * Posts a JSON body signed now, with more headers.
	 * @param json the body
	 * @param headers more headers, e.g. {@code X-Slack-Retry-Num}
	 * @return the answer
	 */
	public Answer postJson(String json, Map<String, String> headers) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return post("application/json", BodyPublishers.ofByteArray(body), signed(now(), body, headers));
	}

	/**
	 * Posts a form body signed now.
	 * @param form the {@code application/x-www-form-urlencoded} body
	 * @return the answer
	 */
	public Answer postForm(String form) {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		return post("application/x-www-form-urlencoded", BodyPublishers.ofByteArray(body),
				signed(now(), body, Map.of()));
	}

	/**
	 * Posts a body with the given headers only.
	 * @param contentType the content type
	 * @param body the body
	 * @param headers the headers
	 * @return the answer
	 */
	public Answer post(String contentType, BodyPublisher body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
			.timeout(TIMEOUT)
			.header("Content-Type", contentType)
			.POST(body);
		headers.forEach(request::header);
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request to " + url() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the signing headers of a body, with more headers.
	 * @param timestamp the timestamp to sign
	 * @param body the body
	 * @param more more headers
	 * @return the headers
	 */
	public Map<String, String> signed(long timestamp, byte[] body, Map<String, String> more) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(timestamp));
		headers.put(SlackRequestVerifier.SIGNATURE_HEADER, this.signer.sign(timestamp, body));
		headers.putAll(more);
		return headers;
	}

	/**
	 * Returns the current time in epoch seconds.
	 * @return now
	 */
	public static long now() {
		return System.currentTimeMillis() / 1000;
	}

	@Override
	public void close() {
		this.server.disposeNow(TIMEOUT);
	}

	/**
	 * The server's answer.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 * @param elapsed how long the answer took
	 */
	public record Answer(int status, String body, Duration elapsed) {
	}

}
