package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Socket Mode connection: sends the frames it is given (hello, envelopes, disconnect), hands the app's JSON
 * frames (acknowledgements) on, answers WebSocket pings with pongs, and, once told to disconnect, takes no new
 * envelopes and closes after a grace period unless the app closes it first.
 */
final class SocketModeConnection {

	/**
	 * How long a connection told to disconnect stays open for the app to open its next one.
	 */
	static final Duration DISCONNECT_GRACE = Duration.ofSeconds(10);

	private static final int NORMAL_CLOSURE = 1000;

	private static final int GOING_AWAY = 1001;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final JsonMapper mapper;

	private final String host;

	private final BooleanSupplier answeringPings;

	private final Consumer<JsonNode> messages;

	private final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();

	private volatile boolean disconnecting;

	private volatile @Nullable CloseStatus closing;

	private volatile @Nullable Disposable graceful;

	/**
	 * Creates a connection.
	 * @param inbound the connection's inbound
	 * @param outbound the connection's outbound
	 * @param mapper the JSON mapper
	 * @param host the host name in the {@code debug_info} of the frames sent
	 * @param answeringPings whether pings are answered
	 * @param messages takes the app's JSON frames
	 */
	SocketModeConnection(WebsocketInbound inbound, WebsocketOutbound outbound, JsonMapper mapper, String host,
			BooleanSupplier answeringPings, Consumer<JsonNode> messages) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.mapper = mapper;
		this.host = host;
		this.answeringPings = answeringPings;
		this.messages = messages;
	}

	/**
	 * Runs the connection until either side closes it.
	 * @return completes when the connection ended
	 */
	Mono<Void> run() {
		Mono<Void> receive = this.inbound.aggregateFrames(RtmEndpoint.MAX_READ_BYTES)
			.receiveFrames()
			.doOnNext(this::onFrame)
			.then()
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> close(null));
		Mono<Void> send = this.outbound.sendObject(this.frames.asFlux()).then().then(Mono.defer(() -> {
			CloseStatus status = this.closing;
			return (status != null && status.code() != 0) ? this.outbound.sendClose(status.code(), status.reason())
					: Mono.empty();
		})).onErrorResume((ex) -> Mono.empty());
		return Mono.when(receive, send).doFinally((signal) -> {
			Disposable scheduled = this.graceful;
			if (scheduled != null) {
				scheduled.dispose();
			}
		});
	}

	/**
	 * Whether the connection takes new envelopes: open and not told to disconnect.
	 * @return {@code true} when it does
	 */
	boolean isActive() {
		return !this.disconnecting && this.closing == null;
	}

	/**
	 * Sends a text frame, unless the connection is closing.
	 * @param text the frame's text
	 */
	synchronized void send(String text) {
		emit(new TextWebSocketFrame(text));
	}

	/**
	 * Sends {@code hello}.
	 * @param numConnections the app's open connections, this one included
	 * @param appId the app
	 * @param connectionTimeSeconds about how long the connection lives
	 */
	void hello(int numConnections, String appId, long connectionTimeSeconds) {
		ObjectNode hello = this.mapper.createObjectNode().put("type", "hello").put("num_connections", numConnections);
		hello.putObject("debug_info")
			.put("host", this.host)
			.put("build_number", 1)
			.put("approximate_connection_time", connectionTimeSeconds);
		hello.putObject("connection_info").put("app_id", appId);
		send(this.mapper.writeValueAsString(hello));
	}

	/**
	 * Sends a {@code disconnect} frame and takes no new envelopes; closes the connection after
	 * {@link #DISCONNECT_GRACE} unless the app closes it first.
	 * @param reason the reason, e.g. {@code refresh_requested} or {@code warning}
	 */
	void disconnect(String reason) {
		if (!isActive()) {
			return;
		}
		this.disconnecting = true;
		send(disconnectFrame(reason));
		this.graceful = Mono.delay(DISCONNECT_GRACE)
			.subscribe((tick) -> close(new CloseStatus(GOING_AWAY, reason)));
	}

	/**
	 * Sends a {@code disconnect} frame, then closes the connection at once.
	 * @param reason the reason, e.g. {@code too_many_websockets}
	 */
	void refuse(String reason) {
		this.disconnecting = true;
		send(disconnectFrame(reason));
		close(new CloseStatus(NORMAL_CLOSURE, reason));
	}

	/**
	 * Drops the connection without a close frame.
	 */
	void drop() {
		this.inbound.withConnection(Connection::dispose);
	}

	private String disconnectFrame(String reason) {
		ObjectNode frame = this.mapper.createObjectNode().put("type", "disconnect").put("reason", reason);
		frame.putObject("debug_info").put("host", this.host);
		return this.mapper.writeValueAsString(frame);
	}

	/**
	 * Closes the connection after the frames already sent.
	 * @param status the close frame to send, {@code null} for none (the app closed)
	 */
	private synchronized void close(@Nullable CloseStatus status) {
		if (this.closing == null) {
			this.closing = (status != null) ? status : new CloseStatus(0, "");
			this.frames.tryEmitComplete();
		}
	}

	private synchronized void emit(WebSocketFrame frame) {
		if (this.closing != null || this.frames.tryEmitNext(frame).isFailure()) {
			frame.release();
		}
	}

	private void onFrame(WebSocketFrame frame) {
		if (frame instanceof PingWebSocketFrame ping) {
			if (this.answeringPings.getAsBoolean()) {
				emit(new PongWebSocketFrame(Unpooled.copiedBuffer(ping.content())));
			}
			return;
		}
		if (!(frame instanceof TextWebSocketFrame text)) {
			return;
		}
		JsonNode message;
		try {
			message = this.mapper.readTree(text.content().toString(StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			return;
		}
		this.messages.accept(message);
	}

	/**
	 * How the connection closes.
	 *
	 * @param code the close status, 0 for no close frame
	 * @param reason the reason
	 */
	private record CloseStatus(int code, String reason) {

	}

}
