package dev.slackboot.rtm;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.support.EventFields;
import io.netty.buffer.ByteBufUtil;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * One RTM WebSocket: reads frames one at a time and hands events over only after the previous one was accepted
 * (so a slow handler stops the reading), answers replies and pongs internally, sends pings and detects a dead
 * connection, and writes outgoing frames.
 */
final class RtmConnection implements OutboundPacer.Target {

	private static final Log logger = LogFactory.getLog(SlackRtmClient.class);

	private static final int NORMAL_CLOSURE = 1000;

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	private static final int MISSED_PONGS = 3;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final RtmSession session;

	private final Settings settings;

	private final PendingReplies replies = new PendingReplies();

	private final Sinks.Many<String> frames = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicReference<RtmOutcome.@Nullable Reason> closeReason = new AtomicReference<>();

	private final long openedAtNanos = System.nanoTime();

	private volatile long lastAliveNanos = this.openedAtNanos;

	private volatile boolean awaitingHandler;

	private volatile @Nullable Throwable failure;

	private volatile @Nullable WebSocketCloseStatus closeStatus;

	RtmConnection(WebsocketInbound inbound, WebsocketOutbound outbound, RtmSession session, Settings settings) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.session = session;
		this.settings = settings;
	}

	/**
	 * Runs the connection: delivers the {@code open} event, then the events of the frames read, then the
	 * {@code close} event.
	 * @return how the connection ended, once it did
	 */
	Mono<RtmOutcome> run() {
		this.inbound.receiveCloseStatus().subscribe((status) -> this.closeStatus = status);
		Duration interval = this.settings.pingInterval();
		Disposable keepAlive = Flux.interval(interval, interval, this.settings.scheduler())
			.subscribe((tick) -> keepAlive());
		Mono<Void> send = this.outbound.sendString(this.frames.asFlux()).then().onErrorResume((ex) -> Mono.empty());
		Mono<Void> receive = deliver(this.settings.events().open(this.session))
			.thenMany(this.inbound.aggregateFrames(SlackRtmClient.MAX_INBOUND_FRAME_BYTES).receiveFrames())
			.mapNotNull(this::read)
			.concatMap(this::onFrame, 0)
			.then()
			.onErrorResume(this::onError)
			.doOnTerminate(() -> ended(keepAlive))
			.doOnCancel(() -> ended(keepAlive))
			.then(Mono.defer(() -> deliver(this.settings.events().close(code(), reason(), this.session))));
		return Mono.when(send, receive).then(Mono.fromSupplier(this::outcome));
	}

	/**
	 * Sends a message and routes Slack's reply to it.
	 * @param message the message
	 * @return {@code false} when the connection is closing
	 */
	@Override
	public boolean offer(OutboundMessage message) {
		if (this.closeReason.get() != null) {
			return false;
		}
		this.replies.register(message.id(), message.reply());
		if (!write(message.frame())) {
			this.replies.remove(message.id());
			return false;
		}
		return true;
	}

	/**
	 * Sends a ping that completes when Slack answers with a pong.
	 * @return completes on the pong
	 */
	Mono<Void> ping() {
		long id = this.settings.ids().incrementAndGet();
		Sinks.One<JsonNode> pong = Sinks.one();
		this.replies.register(id, pong);
		if (!write(frame(id, "ping", null))) {
			this.replies.remove(id);
			return Mono.error(new SlackRtmException("The RTM connection is closing; the ping was not sent"));
		}
		return pong.asMono().then();
	}

	/**
	 * Sends a typing indicator.
	 * @param channel the channel
	 * @return {@code false} when the connection is closing
	 */
	boolean typing(String channel) {
		return write(frame(this.settings.ids().incrementAndGet(), "typing", channel));
	}

	/**
	 * Closes the connection with status 1000; no further events are delivered when the client stopped.
	 * @param reason why
	 */
	void close(RtmOutcome.Reason reason) {
		if (!this.closeReason.compareAndSet(null, reason)) {
			return;
		}
		this.outbound.sendClose(NORMAL_CLOSURE, describe(reason))
			.timeout(CLOSE_TIMEOUT)
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> this.inbound.withConnection(Connection::dispose))
			.subscribe();
	}

	/**
	 * Copies the UTF-8 bytes of a text frame while Reactor Netty still holds it; other frames are skipped.
	 */
	private byte @Nullable [] read(WebSocketFrame frame) {
		return (frame instanceof TextWebSocketFrame) ? ByteBufUtil.getBytes(frame.content()) : null;
	}

	/**
	 * Reads the fields a frame is routed by (no tree is built for events), answers pongs and replies, and
	 * delivers events.
	 */
	private Mono<Void> onFrame(byte[] frame) {
		if (this.closeReason.get() == RtmOutcome.Reason.STOPPED) {
			return Mono.empty();
		}
		EventFields fields;
		try {
			fields = this.settings.events().fields(frame);
		}
		catch (JacksonException ex) {
			logger.warn("Ignoring an RTM frame that is not JSON: " + ex.getOriginalMessage());
			return Mono.empty();
		}
		if (fields == null) {
			return Mono.empty();
		}
		String type = fields.type();
		if ("pong".equals(type)) {
			this.lastAliveNanos = System.nanoTime();
			this.settings.pongs().accept(Instant.now());
		}
		if (fields.reply()) {
			JsonNode reply = this.settings.jsonMapper().readTree(frame);
			this.replies.complete(reply.path("reply_to").asLong(), reply);
			return Mono.empty();
		}
		if (type == null || "pong".equals(type) || "hello".equals(type)) {
			return Mono.empty();
		}
		if ("goodbye".equals(type)) {
			logger.info("Slack said goodbye on the RTM connection; reconnecting");
			close(RtmOutcome.Reason.GOODBYE);
		}
		return deliver(this.settings.events().event(frame, fields, this.session));
	}

	/**
	 * Hands an event over: at once when the handler has room, otherwise through its pipeline, reading no further
	 * frame until it was accepted.
	 */
	private Mono<Void> deliver(SlackEvent event) {
		if (this.settings.offer().test(event)) {
			return Mono.empty();
		}
		long start = System.nanoTime();
		this.awaitingHandler = true;
		return this.settings.delivery().apply(event).doFinally((signal) -> {
			this.awaitingHandler = false;
			this.lastAliveNanos += System.nanoTime() - start;
		});
	}

	private Mono<Void> onError(Throwable ex) {
		this.failure = ex;
		return deliver(this.settings.events().error(ex, this.session));
	}

	private void keepAlive() {
		if (this.closeReason.get() != null) {
			return;
		}
		long silence = System.nanoTime() - this.lastAliveNanos;
		if (!this.awaitingHandler && silence > MISSED_PONGS * this.settings.pingInterval().toNanos()) {
			logger.warn("Slack has not answered pings for " + Duration.ofNanos(silence).toMillis()
					+ " ms; closing the RTM connection to open a new one");
			close(RtmOutcome.Reason.DEAD);
			return;
		}
		write(frame(this.settings.ids().incrementAndGet(), "ping", null));
	}

	private void ended(Disposable keepAlive) {
		keepAlive.dispose();
		this.closeReason.compareAndSet(null, RtmOutcome.Reason.DROPPED);
		synchronized (this) {
			this.frames.tryEmitComplete();
		}
		this.replies.failAll((id) -> new SlackRtmException("The RTM connection closed before Slack replied to frame "
				+ id + "; a message may or may not have been posted"));
	}

	private synchronized boolean write(String frame) {
		return this.frames.tryEmitNext(frame).isSuccess();
	}

	private String frame(long id, String type, @Nullable String channel) {
		ObjectNode frame = this.settings.jsonMapper().createObjectNode().put("id", id).put("type", type);
		if (channel != null) {
			frame.put("channel", channel);
		}
		return this.settings.jsonMapper().writeValueAsString(frame);
	}

	private RtmOutcome outcome() {
		RtmOutcome.Reason reason = this.closeReason.get();
		reason = (reason != null) ? reason : RtmOutcome.Reason.DROPPED;
		Duration connectedFor = Duration.ofNanos(System.nanoTime() - this.openedAtNanos);
		return new RtmOutcome(reason, failure(reason), connectedFor);
	}

	private @Nullable Throwable failure(RtmOutcome.Reason reason) {
		return switch (reason) {
			case DROPPED -> (this.failure != null) ? this.failure
					: new SlackRtmException("The RTM connection was closed by the server"
							+ ((code() != null) ? " with status " + code() : ""));
			case DEAD -> new SlackRtmException("The RTM connection was closed because Slack did not answer pings");
			default -> this.failure;
		};
	}

	private @Nullable Integer code() {
		WebSocketCloseStatus status = this.closeStatus;
		return (status != null) ? status.code() : null;
	}

	private @Nullable String reason() {
		WebSocketCloseStatus status = this.closeStatus;
		return (status != null) ? status.reasonText() : describe(this.closeReason.get());
	}

	private static @Nullable String describe(RtmOutcome.@Nullable Reason reason) {
		if (reason == null) {
			return null;
		}
		return switch (reason) {
			case STOPPED -> "client stopped";
			case GOODBYE -> "server said goodbye";
			case DEAD -> "no pong";
			default -> "closed";
		};
	}

	/**
	 * What a connection needs from its client.
	 *
	 * @param events turns frames into events
	 * @param offer hands an event to the handler if it takes it at once; {@code false} when it did not
	 * @param delivery hands an event to the handler; completes when it was accepted
	 * @param pongs told when a pong arrives
	 * @param jsonMapper reads and writes frames
	 * @param ids the ID sequence of outgoing frames
	 * @param pingInterval how often to ping
	 * @param scheduler runs the pings
	 */
	record Settings(RtmEvents events, Predicate<SlackEvent> offer, Function<SlackEvent, Mono<Void>> delivery,
			Consumer<Instant> pongs, JsonMapper jsonMapper, AtomicLong ids, Duration pingInterval,
			Scheduler scheduler) {

	}

}
