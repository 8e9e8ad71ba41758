package dev.slackboot.socket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.slackboot.model.SlackEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.netty.Connection;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Socket Mode WebSocket: reads frames one at a time and hands an envelope's event over only after the
 * previous one was accepted (so a slow handler stops the reading), acknowledges each envelope as soon as its
 * event was accepted, tells its {@link Listener} of {@code hello} and {@code disconnect}, sends WebSocket pings
 * and detects a dead connection.
 */
final class SocketModeConnection {

	private static final Log logger = LogFactory.getLog(SlackSocketModeClient.class);

	private static final int NORMAL_CLOSURE = 1000;

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

	private static final int MISSED_PONGS = 3;

	private static final byte[] PING_PAYLOAD = "slackboot".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ACK_PREFIX = "{\"envelope_id\":\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ACK_SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final Settings settings;

	private final Listener listener;

	private final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicReference<SocketModeOutcome.@Nullable Reason> closeReason = new AtomicReference<>();

	private final long openedAtNanos = System.nanoTime();

	private volatile long lastAliveNanos = this.openedAtNanos;

	private volatile boolean closeRequested;

	private volatile boolean awaitingHandler;

	private volatile boolean greeted;

	private volatile boolean refreshRequested;

	private volatile boolean retiring;

	private volatile @Nullable Throwable failure;

	private volatile @Nullable WebSocketCloseStatus closeStatus;

	private volatile @Nullable Disposable closeTimeout;

	SocketModeConnection(WebsocketInbound inbound, WebsocketOutbound outbound, Settings settings, Listener listener) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.settings = settings;
		this.listener = listener;
	}

	/**
	 * Runs the connection until either side closes it.
	 * @return how the connection ended, once it did
	 */
	Mono<SocketModeOutcome> run() {
		this.inbound.receiveCloseStatus().subscribe((status) -> this.closeStatus = status);
		Duration interval = this.settings.pingInterval();
		Disposable keepAlive = Flux.interval(interval, interval, this.settings.scheduler())
			.subscribe((tick) -> keepAlive());
		Mono<Void> send = this.outbound.sendObject(this.frames.asFlux())
			.then()
			.then(Mono.defer(this::sendClose))
			.onErrorResume((ex) -> Mono.empty());
		Mono<Void> receive = this.inbound.aggregateFrames(SlackSocketModeClient.MAX_INBOUND_FRAME_BYTES)
			.receiveFrames()
			.mapNotNull(this::read)
			.concatMap(this::onFrame, 0)
			.then()
			.onErrorResume((ex) -> {
				this.failure = ex;
				return Mono.empty();
			})
			.doFinally((signal) -> ended(keepAlive));
		return Mono.when(send, receive).then(Mono.fromSupplier(this::outcome));
	}

	/**
	 * Returns whether Slack said {@code hello} on this connection.
	 * @return whether it is open for envelopes
	 */
	boolean isGreeted() {
		return this.greeted;
	}

	/**
	 * Returns whether Slack asked for this connection to be replaced.
	 * @return whether a {@code disconnect} frame asking for a refresh arrived
	 */
	boolean isRefreshRequested() {
		return this.refreshRequested;
	}

	/**
	 * Notes that Slack asked for this connection to be replaced.
	 */
	void refreshRequested() {
		this.refreshRequested = true;
	}

	/**
	 * Returns whether the connection is closing or closed.
	 * @return whether it takes no more envelopes
	 */
	boolean isClosing() {
		return this.closeReason.get() != null;
	}

	/**
	 * Closes the connection once the event being handed over (if any) was accepted and acknowledged: a new
	 * connection replaced it.
	 */
	void retire() {
		this.retiring = true;
		if (!this.awaitingHandler) {
			close(SocketModeOutcome.Reason.REPLACED);
		}
	}

	/**
	 * Closes the connection with status 1000 after the frames already written; disposes it when Slack does not
	 * complete the close handshake in time. Envelopes read from now on are neither delivered nor acknowledged,
	 * so that Slack delivers them again.
	 * @param reason why
	 */
	void close(SocketModeOutcome.Reason reason) {
		if (!this.closeReason.compareAndSet(null, reason)) {
			return;
		}
		this.closeRequested = true;
		synchronized (this) {
			this.frames.tryEmitComplete();
		}
		this.closeTimeout = Mono.delay(CLOSE_TIMEOUT, this.settings.scheduler())
			.subscribe((tick) -> this.inbound.withConnection(Connection::dispose));
	}

	private byte @Nullable [] read(WebSocketFrame frame) {
		this.lastAliveNanos = System.nanoTime();
		if (frame instanceof PongWebSocketFrame) {
			this.settings.pongs().accept(Instant.now());
			return null;
		}
		return (frame instanceof TextWebSocketFrame) ? ByteBufUtil.getBytes(frame.content()) : null;
	}

	/**
	 * Reads the fields of a frame (no tree is built for an Events API envelope) and acts on it.
	 */
	private Mono<Void> onFrame(byte[] frame) {
		SocketModeEnvelope envelope;
		try {
			envelope = SocketModeEnvelope.read(frame);
		}
		catch (JacksonException ex) {
			logger.warn("Ignoring a Socket Mode frame that is not JSON: " + ex.getOriginalMessage());
			return Mono.empty();
		}
		if (envelope == null) {
			return Mono.empty();
		}
		if (envelope.envelopeId() != null) {
			return onEnvelope(frame, envelope);
		}
		String type = envelope.type();
		if ("hello".equals(type)) {
			this.greeted = true;
			this.listener.hello(this, this.settings.jsonMapper().readTree(frame));
		}
		else if ("disconnect".equals(type)) {
			this.listener.disconnect(this, this.settings.jsonMapper().readTree(frame).path("reason").asString(""));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Ignoring a Socket Mode frame of type '" + type + "'");
		}
		return Mono.empty();
	}

	private Mono<Void> onEnvelope(byte[] frame, SocketModeEnvelope envelope) {
		long received = System.nanoTime();
		SlackEvent event = SocketModeEvents.event(frame, envelope, this.settings.jsonMapper());
		String envelopeType = envelope.type();
		SlackSocketModeMetrics metrics = this.settings.metrics();
		metrics.recordEnvelope(envelopeType, event.retryAttempt());
		if (isClosing()) {
			metrics.recordUnacknowledged();
			return Mono.empty();
		}
		if (this.settings.offer().test(event)) {
			acknowledge(envelope.envelopeId(), envelopeType, received);
			handedOver();
			return Mono.empty();
		}
		this.awaitingHandler = true;
		return this.settings.delivery()
			.apply(event)
			.then(Mono.<Void>fromRunnable(() -> acknowledge(envelope.envelopeId(), envelopeType, received)))
			.onErrorResume((ex) -> {
				metrics.recordUnacknowledged();
				if (logger.isDebugEnabled()) {
					logger.debug("Not acknowledging envelope " + event.envelopeId() + " (" + ex.getMessage()
							+ "); Slack delivers Events API envelopes again");
				}
				return Mono.empty();
			})
			.doFinally((signal) -> handedOver());
	}

	/**
	 * The handler took an envelope or refused it: the connection reads on, or closes if a new one replaced it.
	 */
	private void handedOver() {
		this.awaitingHandler = false;
		this.lastAliveNanos = System.nanoTime();
		if (this.retiring) {
			close(SocketModeOutcome.Reason.REPLACED);
		}
	}

	private void acknowledge(@Nullable String envelopeId, String envelopeType, long receivedNanos) {
		if (write(new TextWebSocketFrame(acknowledgement(envelopeId)))) {
			this.settings.metrics().recordAck(envelopeType, System.nanoTime() - receivedNanos);
		}
		else {
			this.settings.metrics().recordUnacknowledged();
		}
	}

	/**
	 * Writes {@code {"envelope_id":"..."}} straight into a buffer when the ID needs no escaping (Slack's are
	 * UUIDs), through the JSON mapper otherwise.
	 */
	private ByteBuf acknowledgement(@Nullable String envelopeId) {
		if (envelopeId == null || !isPlain(envelopeId)) {
			return Unpooled.wrappedBuffer(this.settings.jsonMapper()
				.writeValueAsBytes(this.settings.jsonMapper().createObjectNode().put("envelope_id", envelopeId)));
		}
		ByteBuf ack = this.outbound.alloc().buffer(ACK_PREFIX.length + envelopeId.length() + ACK_SUFFIX.length);
		ack.writeBytes(ACK_PREFIX);
		ack.writeCharSequence(envelopeId, StandardCharsets.US_ASCII);
		ack.writeBytes(ACK_SUFFIX);
		return ack;
	}

	private static boolean isPlain(String envelopeId) {
		for (int i = 0; i < envelopeId.length(); i++) {
			char c = envelopeId.charAt(i);
			if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private void keepAlive() {
		if (isClosing()) {
			return;
		}
		long silence = System.nanoTime() - this.lastAliveNanos;
		if (!this.awaitingHandler && silence > MISSED_PONGS * this.settings.pingInterval().toNanos()) {
			logger.warn("Slack has not answered pings for " + Duration.ofNanos(silence).toMillis()
					+ " ms; closing the Socket Mode connection to open a new one");
			close(SocketModeOutcome.Reason.DEAD);
			return;
		}
		write(new PingWebSocketFrame(Unpooled.wrappedBuffer(PING_PAYLOAD)));
	}

	private Mono<Void> sendClose() {
		SocketModeOutcome.Reason reason = this.closeReason.get();
		if (!this.closeRequested || reason == null) {
			return Mono.empty();
		}
		return this.outbound.sendClose(NORMAL_CLOSURE, describe(reason));
	}

	private void ended(Disposable keepAlive) {
		keepAlive.dispose();
		this.closeReason.compareAndSet(null, SocketModeOutcome.Reason.DROPPED);
		synchronized (this) {
			this.frames.tryEmitComplete();
		}
		Disposable timeout = this.closeTimeout;
		if (timeout != null) {
			timeout.dispose();
		}
	}

	private synchronized boolean write(WebSocketFrame frame) {
		if (this.frames.tryEmitNext(frame).isSuccess()) {
			return true;
		}
		frame.release();
		return false;
	}

	private SocketModeOutcome outcome() {
		SocketModeOutcome.Reason reason = this.closeReason.get();
		reason = (reason != null) ? reason : SocketModeOutcome.Reason.DROPPED;
		Duration connectedFor = Duration.ofNanos(System.nanoTime() - this.openedAtNanos);
		return new SocketModeOutcome(reason, failure(reason), connectedFor);
	}

	private @Nullable Throwable failure(SocketModeOutcome.Reason reason) {
		return switch (reason) {
			case DROPPED -> (this.failure != null) ? this.failure
					: new SlackSocketModeException("The Socket Mode connection was closed by the server"
							+ ((code() != null) ? " with status " + code() : ""));
			case DEAD -> new SlackSocketModeException(
					"The Socket Mode connection was closed because Slack did not answer pings");
			case TOO_MANY_WEBSOCKETS -> new SlackSocketModeException(
					"Slack closed the Socket Mode connection: the app has too many connections open "
							+ "(too_many_websockets)");
			case LINK_DISABLED -> new SlackSocketModeException(
					"Slack disabled the app's Socket Mode connections (link_disabled)");
			default -> this.failure;
		};
	}

	private @Nullable Integer code() {
		WebSocketCloseStatus status = this.closeStatus;
		return (status != null) ? status.code() : null;
	}

	private static String describe(SocketModeOutcome.Reason reason) {
		return switch (reason) {
			case STOPPED -> "client stopped";
			case REPLACED -> "replaced by a new connection";
			case DEAD -> "no pong";
			default -> "closed";
		};
	}

	/**
	 * Told of the control frames of a connection. Called on the connection's event loop; must not block.
	 */
	interface Listener {

		/**
		 * Slack said {@code hello}: the connection takes envelopes.
		 * @param connection the connection
		 * @param hello the frame
		 */
		void hello(SocketModeConnection connection, JsonNode hello);

		/**
		 * Slack sent {@code disconnect}.
		 * @param connection the connection
		 * @param reason the reason, e.g. {@code refresh_requested}
		 */
		void disconnect(SocketModeConnection connection, String reason);

	}

	/**
	 * What a connection needs from its client.
	 *
	 * @param offer hands an event to the handler if it takes it at once; {@code false} when it did not
	 * @param delivery hands an event to the handler; completes when it was accepted, fails when it must not be
	 * acknowledged
	 * @param pongs told when a pong arrives
	 * @param jsonMapper reads and writes frames
	 * @param metrics counts envelopes and acknowledgements
	 * @param pingInterval how often to ping
	 * @param scheduler runs the pings and timeouts
	 */
	record Settings(Predicate<SlackEvent> offer, Function<SlackEvent, Mono<Void>> delivery, Consumer<Instant> pongs,
			JsonMapper jsonMapper, SlackSocketModeMetrics metrics, Duration pingInterval, Scheduler scheduler) {

	}

}
