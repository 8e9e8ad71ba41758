package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;

/**
 * A raw RTM client for the tests: a Reactor Netty WebSocket that records the frames it receives and sends the
 * frames it is given.
 */
final class RtmTestClient implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

	private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();

	private final Sinks.One<WebSocketCloseStatus> closeStatus = Sinks.one();

	private final Sinks.Empty<Void> ended = Sinks.empty();

	private final Disposable connection;

	private RtmTestClient(String url) {
		this.connection = HttpClient.create()
			.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(1024 * 1024).build())
			.uri(url)
			.handle((in, out) -> {
				in.receiveCloseStatus().subscribe(this.closeStatus::tryEmitValue);
				out.sendString(this.outbound.asFlux()).then().subscribe();
				return in.receive().asString().doOnNext(this.frames::add).then();
			})
			.doFinally((signal) -> this.ended.tryEmitEmpty())
			.subscribe();
	}

	static RtmTestClient connect(String url) {
		return new RtmTestClient(url);
	}

	/**
	 * Returns the next frame.
	 */
	JsonNode next() {
		String frame = poll(TIMEOUT);
		if (frame == null) {
			throw new AssertionError("No RTM frame within " + TIMEOUT);
		}
		return EmulatorClients.JSON.readTree(frame);
	}

	/**
	 * Returns the next frame's text, JSON or not.
	 */
	String nextText() {
		String frame = poll(TIMEOUT);
		if (frame == null) {
			throw new AssertionError("No RTM frame within " + TIMEOUT);
		}
		return frame;
	}

	/**
	 * Returns the next frame matching a predicate, skipping the others.
	 */
	JsonNode next(Predicate<JsonNode> predicate) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			String frame = poll(Duration.ofNanos(deadline - System.nanoTime()));
			if (frame != null) {
				JsonNode node = EmulatorClients.JSON.readTree(frame);
				if (predicate.test(node)) {
					return node;
				}
			}
		}
		throw new AssertionError("No matching RTM frame within " + TIMEOUT);
	}

	/**
	 * Returns the next frame of a type, skipping the others.
	 */
	JsonNode next(String type) {
		return next((frame) -> type.equals(frame.path("type").asString(null)));
	}

	/**
	 * Returns the frame received within a time, or {@code null}.
	 */
	@Nullable String poll(Duration timeout) {
		try {
			return this.frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void send(String frame) {
		this.outbound.tryEmitNext(frame);
	}

	/**
	 * Returns the status of the server's close frame.
	 */
	WebSocketCloseStatus awaitClose() {
		WebSocketCloseStatus status = this.closeStatus.asMono().block(TIMEOUT);
		if (status == null) {
			throw new AssertionError("The server did not close the connection");
		}
		return status;
	}

	/**
	 * Waits for the connection to end.
	 */
	void awaitEnd() {
		this.ended.asMono().timeout(TIMEOUT, Mono.error(new AssertionError("The connection did not end"))).block();
	}

	@Override
	public void close() {
		this.connection.dispose();
	}

}
