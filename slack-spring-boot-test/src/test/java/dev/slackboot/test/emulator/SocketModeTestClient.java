package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * A raw Socket Mode client for the tests: a Reactor Netty WebSocket that records the text frames and pongs it
 * receives, and sends text frames (acknowledgements) and pings.
 */
final class SocketModeTestClient implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

	private final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();

	private final Sinks.Many<WebSocketFrame> outbound = Sinks.many().unicast().onBackpressureBuffer();

	private final Sinks.One<WebSocketCloseStatus> closeStatus = Sinks.one();

	private final Sinks.Empty<Void> ended = Sinks.empty();

	private final Disposable connection;

	private SocketModeTestClient(String url) {
		this.connection = HttpClient.create()
			.websocket()
			.uri(url)
			.handle((in, out) -> {
				in.receiveCloseStatus().subscribe(this.closeStatus::tryEmitValue);
				out.sendObject(this.outbound.asFlux()).then().subscribe();
				return in.receiveFrames().doOnNext(this::onFrame).then();
			})
			.doFinally((signal) -> this.ended.tryEmitEmpty())
			.subscribe();
	}

	static SocketModeTestClient connect(String url) {
		return new SocketModeTestClient(url);
	}

	private void onFrame(WebSocketFrame frame) {
		if (frame instanceof TextWebSocketFrame text) {
			this.frames.add(text.text());
		}
		else if (frame instanceof PongWebSocketFrame pong) {
			this.pongs.add(pong.content().toString(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Returns the next frame.
	 */
	JsonNode next() {
		JsonNode frame = poll(TIMEOUT);
		if (frame == null) {
			throw new AssertionError("No Socket Mode frame within " + TIMEOUT);
		}
		return frame;
	}

	/**
	 * Returns the frame received within a time, or {@code null}.
	 */
	@Nullable JsonNode poll(Duration timeout) {
		String frame = take(this.frames, timeout);
		return (frame != null) ? EmulatorClients.JSON.readTree(frame) : null;
	}

	/**
	 * Returns the next {@code hello}, skipping nothing: it must be the first frame.
	 */
	JsonNode hello() {
		JsonNode hello = next();
		if (!"hello".equals(hello.path("type").asString(null))) {
			throw new AssertionError("Expected hello first, got " + hello);
		}
		return hello;
	}

	void ack(String envelopeId) {
		send("{\"envelope_id\":\"" + envelopeId + "\"}");
	}

	void send(String text) {
		this.outbound.tryEmitNext(new TextWebSocketFrame(text));
	}

	void ping(String data) {
		this.outbound.tryEmitNext(new PingWebSocketFrame(Unpooled.copiedBuffer(data, StandardCharsets.UTF_8)));
	}

	/**
	 * Returns the data of the pong received within a time, or {@code null}.
	 */
	@Nullable String pong(Duration timeout) {
		return take(this.pongs, timeout);
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

	private static @Nullable String take(BlockingQueue<String> queue, Duration timeout) {
		try {
			return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.connection.dispose();
	}

}
