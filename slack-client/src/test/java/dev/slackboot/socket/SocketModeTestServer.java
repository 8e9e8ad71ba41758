package dev.slackboot.socket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Slack for Socket Mode tests: one Reactor Netty server on a free port that answers Web API calls under
 * {@code /api/} ({@code apps.connections.open} hands out a URL of its own WebSocket route, {@code auth.test} names
 * the bot, other methods answer {@code ok}) and serves that route at {@code /link/}.
 *
 * <p>
 * It delivers envelopes as Slack does: each goes to the next connection that takes envelopes (Slack said
 * {@code hello} on it and not {@code disconnect}), round robin; an {@code events_api} envelope not acknowledged
 * within the ack timeout is delivered again with {@code retry_attempt} + 1 and {@code retry_reason}
 * {@code timeout}, up to 3 times. An envelope sent while no connection takes envelopes waits for the next one.
 * Tests can also push raw frames on a socket, send {@code disconnect}, drop a socket, stop answering pings and
 * script the answers of {@code apps.connections.open}.
 */
public final class SocketModeTestServer implements AutoCloseable {

	/**
	 * The app ID in every {@code hello}.
	 */
	public static final String APP_ID = "A0SOCKET";

	/**
	 * The workspace ID of the events.
	 */
	public static final String TEAM_ID = "T0SOCKET";

	/**
	 * The bot user ID {@code auth.test} answers.
	 */
	public static final String BOT_USER_ID = "U0SOCKBOT";

	/**
	 * The bot ID {@code auth.test} answers.
	 */
	public static final String BOT_ID = "B0SOCKBOT";

	/**
	 * The bot token of {@link #webClient()}.
	 */
	public static final String TOKEN = "xoxb-socket-test-token";

	/**
	 * The app-level token of {@link #webClient()}.
	 */
	public static final String APP_TOKEN = "xapp-1-socket-test-token";

	private static final int MAX_RETRIES = 3;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final DisposableServer server;

	private final Map<String, Queue<Answer>> scriptedAnswers = new ConcurrentHashMap<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final Map<String, BlockingQueue<ApiCall>> calls = new ConcurrentHashMap<>();

	private final BlockingQueue<Socket> newSockets = new LinkedBlockingQueue<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger openSockets = new AtomicInteger();

	private final AtomicInteger maxOpenSockets = new AtomicInteger();

	private final AtomicInteger tickets = new AtomicInteger();

	private final AtomicInteger nextSocket = new AtomicInteger();

	private final AtomicLong envelopeIds = new AtomicLong();

	private final Map<String, Pending> pending = new LinkedHashMap<>();

	private final Deque<Pending> waiting = new ArrayDeque<>();

	private final BlockingQueue<Ack> acks = new LinkedBlockingQueue<>();

	private final AtomicLong redeliveries = new AtomicLong();

	private volatile Duration ackTimeout = Duration.ofSeconds(3);

	private volatile boolean sendHello = true;

	private volatile boolean answerPings = true;

	private volatile int maxSockets = Integer.MAX_VALUE;

	private SocketModeTestServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.ws("/link/", this::socket,
						WebsocketServerSpec.builder()
							.maxFramePayloadLength(SlackSocketModeClient.MAX_INBOUND_FRAME_BYTES)
							.handlePing(true)
							.build())
				.route((request) -> request.uri().startsWith("/api/"), this::api))
			.bindNow();
		answerApi("auth.test", "{\"ok\":true,\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"" + BOT_ID
				+ "\",\"team_id\":\"" + TEAM_ID + "\",\"user\":\"socketbot\",\"team\":\"Socket Team\"}");
		answerApi("chat.postMessage", "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
	}

	/**
	 * Starts a server on a free port.
	 * @return the running server
	 */
	public static SocketModeTestServer start() {
		return new SocketModeTestServer();
	}

	/**
	 * Returns the Web API base URL, e.g. {@code http://127.0.0.1:4711/api/}.
	 * @return the base URL
	 */
	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/api/";
	}

	/**
	 * Returns a Web API client for this server with the tokens {@link #TOKEN} and {@link #APP_TOKEN} and no
	 * retries, so the Socket Mode client sees rate limits itself.
	 * @return the client
	 */
	public SlackWebClient webClient() {
		return SlackWebClient.builder()
			.baseUrl(apiUrl())
			.token(TOKEN)
			.appToken(APP_TOKEN)
			.retryPolicy(SlackRetryPolicy.none())
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Sets the answer to every call of a Web API method, with status 200.
	 * @param method the method
	 * @param json the answer
	 */
	public void answerApi(String method, String json) {
		this.answers.put(method, new Answer(200, json, null));
	}

	/**
	 * Answers the next call of a method with the given status, body and {@code Retry-After}; later calls get
	 * the usual answer again.
	 * @param method the method
	 * @param status the HTTP status
	 * @param json the answer
	 * @param retryAfterSeconds the {@code Retry-After} header, or {@code null}
	 */
	public void answerNext(String method, int status, String json, @Nullable Integer retryAfterSeconds) {
		this.scriptedAnswers.computeIfAbsent(method, (key) -> new ConcurrentLinkedQueue<>())
			.add(new Answer(status, json, retryAfterSeconds));
	}

	/**
	 * Returns the calls of a Web API method received so far and from now on, in order.
	 * @param method the method
	 * @return the calls, consumed by polling
	 */
	public BlockingQueue<ApiCall> calls(String method) {
		return this.calls.computeIfAbsent(method, (key) -> new LinkedBlockingQueue<>());
	}

	/**
	 * Sets how long an {@code events_api} envelope waits for its acknowledgement before it is delivered again;
	 * 3 seconds (Slack's) by default.
	 * @param ackTimeout the timeout
	 */
	public void ackTimeout(Duration ackTimeout) {
		this.ackTimeout = ackTimeout;
	}

	/**
	 * Sets whether a new socket gets {@code hello} first.
	 * @param sendHello whether to say hello
	 */
	public void sendHello(boolean sendHello) {
		this.sendHello = sendHello;
	}

	/**
	 * Sets whether WebSocket pings are answered with pongs.
	 * @param answerPings whether to answer pings
	 */
	public void answerPings(boolean answerPings) {
		this.answerPings = answerPings;
	}

	/**
	 * Sets how many sockets may be open at the same time; a socket beyond gets {@code disconnect}
	 * {@code too_many_websockets} and is closed.
	 * @param maxSockets the limit
	 */
	public void maxSockets(int maxSockets) {
		this.maxSockets = maxSockets;
	}

	/**
	 * Sends an {@code events_api} envelope wrapping the event in an {@code event_callback} with the given event
	 * ID, and delivers it again until it is acknowledged.
	 * @param eventId the event ID
	 * @param eventJson the inner event
	 * @return the envelope ID
	 */
	public String sendEvent(String eventId, String eventJson) {
		ObjectNode payload = MAPPER.createObjectNode()
			.put("token", "verification-token")
			.put("team_id", TEAM_ID)
			.put("api_app_id", APP_ID)
			.put("type", "event_callback")
			.put("event_id", eventId)
			.put("event_time", System.currentTimeMillis() / 1000);
		payload.set("event", MAPPER.readTree(eventJson));
		return send("events_api", payload);
	}

	/**
	 * Sends a {@code message} event.
	 * @param eventId the event ID
	 * @param channel the channel
	 * @param user the author
	 * @param text the text
	 * @return the envelope ID
	 */
	public String sendMessage(String eventId, String channel, String user, String text) {
		ObjectNode event = MAPPER.createObjectNode()
			.put("type", "message")
			.put("channel", channel)
			.put("user", user)
			.put("text", text)
			.put("ts", "1700000000." + String.format("%06d", this.envelopeIds.get() + 1))
			.put("team", TEAM_ID)
			.put("channel_type", "channel");
		return sendEvent(eventId, MAPPER.writeValueAsString(event));
	}

	/**
	 * Sends an envelope of any type; only {@code events_api} envelopes are delivered again.
	 * @param type the envelope type, e.g. {@code slash_commands}
	 * @param payloadJson the payload
	 * @return the envelope ID
	 */
	public String sendEnvelope(String type, String payloadJson) {
		return send(type, (ObjectNode) MAPPER.readTree(payloadJson));
	}

	/**
	 * Sends {@code disconnect} with a reason on every socket that takes envelopes.
	 * @param reason e.g. {@code refresh_requested}
	 */
	public void disconnectAll(String reason) {
		for (Socket socket : this.sockets) {
			if (socket.isTakingEnvelopes()) {
				socket.disconnect(reason);
			}
		}
	}

	/**
	 * Waits for the next socket a client opens.
	 * @param timeout how long to wait
	 * @return the socket
	 * @throws AssertionError when none opened in time
	 */
	public Socket awaitSocket(Duration timeout) {
		Socket socket = poll(this.newSockets, timeout);
		if (socket == null) {
			throw new AssertionError("No Socket Mode socket was opened within " + timeout.toMillis() + " ms");
		}
		return socket;
	}

	/**
	 * Returns the next socket a client opens, or {@code null} when none opens in time.
	 * @param timeout how long to wait
	 * @return the socket or {@code null}
	 */
	public @Nullable Socket pollSocket(Duration timeout) {
		return poll(this.newSockets, timeout);
	}

	/**
	 * Waits for the next acknowledgement.
	 * @param timeout how long to wait
	 * @return the acknowledgement
	 * @throws AssertionError when none arrived in time
	 */
	public Ack awaitAck(Duration timeout) {
		Ack ack = poll(this.acks, timeout);
		if (ack == null) {
			throw new AssertionError("No acknowledgement arrived within " + timeout.toMillis() + " ms");
		}
		return ack;
	}

	/**
	 * Returns the next acknowledgement, or {@code null} when none arrives in time.
	 * @param timeout how long to wait
	 * @return the acknowledgement or {@code null}
	 */
	public @Nullable Ack pollAck(Duration timeout) {
		return poll(this.acks, timeout);
	}

	/**
	 * Returns every socket opened so far.
	 * @return the sockets, in opening order
	 */
	public List<Socket> sockets() {
		return List.copyOf(this.sockets);
	}

	/**
	 * Returns the number of sockets open now.
	 * @return the count
	 */
	public int openSockets() {
		return this.openSockets.get();
	}

	/**
	 * Returns the largest number of sockets that were open at the same time.
	 * @return the count
	 */
	public int maxOpenSockets() {
		return this.maxOpenSockets.get();
	}

	/**
	 * Returns the number of envelopes sent and not acknowledged yet (given up ones excluded).
	 * @return the count
	 */
	public int unacknowledged() {
		synchronized (this.pending) {
			return this.pending.size();
		}
	}

	/**
	 * Returns how many times an envelope was delivered again because its acknowledgement did not arrive in time.
	 * @return the count
	 */
	public long redeliveries() {
		return this.redeliveries.get();
	}

	@Override
	public void close() {
		synchronized (this.pending) {
			this.pending.values().forEach(Pending::cancel);
			this.pending.clear();
			this.waiting.clear();
		}
		this.server.disposeNow(Duration.ofSeconds(5));
	}

	private String send(String type, ObjectNode payload) {
		Pending envelope = new Pending("env-" + this.envelopeIds.incrementAndGet(), type, payload);
		synchronized (this.pending) {
			this.pending.put(envelope.id, envelope);
			deliver(envelope);
		}
		return envelope.id;
	}

	private void deliver(Pending envelope) {
		ObjectNode frame = MAPPER.createObjectNode().put("envelope_id", envelope.id);
		frame.set("payload", envelope.payload);
		frame.put("type", envelope.type).put("accepts_response_payload", !"events_api".equals(envelope.type));
		if ("events_api".equals(envelope.type)) {
			frame.put("retry_attempt", envelope.attempt).put("retry_reason", (envelope.attempt > 0) ? "timeout" : "");
		}
		List<Socket> active = this.sockets.stream().filter(Socket::isTakingEnvelopes).toList();
		if (active.isEmpty()) {
			this.waiting.add(envelope);
			return;
		}
		active.get(Math.floorMod(this.nextSocket.getAndIncrement(), active.size()))
			.push(MAPPER.writeValueAsString(frame));
		envelope.deadline = Mono.delay(this.ackTimeout).subscribe((tick) -> timedOut(envelope));
	}

	private void timedOut(Pending envelope) {
		synchronized (this.pending) {
			if (this.pending.get(envelope.id) != envelope) {
				return;
			}
			if (!"events_api".equals(envelope.type) || envelope.attempt >= MAX_RETRIES) {
				this.pending.remove(envelope.id);
				return;
			}
			envelope.attempt++;
			this.redeliveries.incrementAndGet();
			deliver(envelope);
		}
	}

	private void flushWaiting() {
		synchronized (this.pending) {
			List<Pending> flushed = new ArrayList<>(this.waiting);
			this.waiting.clear();
			flushed.forEach(this::deliver);
		}
	}

	private void acknowledged(Socket socket, String envelopeId) {
		Pending envelope;
		synchronized (this.pending) {
			envelope = this.pending.remove(envelopeId);
			if (envelope != null) {
				envelope.cancel();
			}
		}
		this.acks.add(new Ack(envelopeId, (envelope != null) ? envelope.attempt : -1, socket, System.nanoTime()));
	}

	private Publisher<Void> api(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String method = uri.path().substring("/api/".length());
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			calls(method).add(new ApiCall(method, authorization, body));
			Answer answer = answerFor(method);
			HttpServerResponse answered = response.status(HttpResponseStatus.valueOf(answer.status()))
				.header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
			if (answer.retryAfterSeconds() != null) {
				answered.header(HttpHeaderNames.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
			}
			return answered.sendString(Mono.just(answer.body())).then();
		});
	}

	private Answer answerFor(String method) {
		Queue<Answer> scripted = this.scriptedAnswers.get(method);
		Answer answer = (scripted != null) ? scripted.poll() : null;
		if (answer != null) {
			return answer;
		}
		if ("apps.connections.open".equals(method)) {
			return new Answer(200, "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + this.server.port() + "/link/?ticket="
					+ this.tickets.incrementAndGet() + "&app_id=" + APP_ID + "\"}", null);
		}
		return this.answers.getOrDefault(method, new Answer(200, "{\"ok\":true}", null));
	}

	private Publisher<Void> socket(WebsocketInbound inbound, WebsocketOutbound outbound) {
		Socket socket = new Socket(inbound);
		int open = this.openSockets.incrementAndGet();
		this.maxOpenSockets.accumulateAndGet(open, Math::max);
		this.sockets.add(socket);
		inbound.receiveCloseStatus().subscribe(socket.closeStatus::tryEmitValue);
		Mono<Void> receive = inbound.aggregateFrames(SlackSocketModeClient.MAX_INBOUND_FRAME_BYTES)
			.receiveFrames()
			.doOnNext(socket::received)
			.then()
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> {
				this.openSockets.decrementAndGet();
				socket.closed();
			});
		Mono<Void> send = outbound.sendObject(socket.outbound.asFlux()).then().onErrorResume((ex) -> Mono.empty());
		if (open > this.maxSockets) {
			socket.disconnect("too_many_websockets");
			socket.close();
		}
		else if (this.sendHello) {
			socket.hello();
		}
		this.newSockets.add(socket);
		return Mono.when(receive, send);
	}

	private static <T> @Nullable T poll(BlockingQueue<T> queue, Duration timeout) {
		try {
			return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Answer(int status, String body, @Nullable Integer retryAfterSeconds) {

	}

	/**
	 * A Web API call the server received.
	 *
	 * @param method the method
	 * @param authorization the {@code Authorization} header, if any
	 * @param body the request body
	 */
	public record ApiCall(String method, @Nullable String authorization, String body) {

	}

	/**
	 * An acknowledgement the server received.
	 *
	 * @param envelopeId the envelope acknowledged
	 * @param retryAttempt the delivery acknowledged, -1 when the envelope was not waiting for one
	 * @param socket the socket it arrived on
	 * @param receivedAtNanos {@link System#nanoTime()} when it arrived
	 */
	public record Ack(String envelopeId, int retryAttempt, Socket socket, long receivedAtNanos) {

	}

	private static final class Pending {

		private final String id;

		private final String type;

		private final ObjectNode payload;

		private int attempt;

		private @Nullable Disposable deadline;

		Pending(String id, String type, ObjectNode payload) {
			this.id = id;
			this.type = type;
			this.payload = payload;
		}

		void cancel() {
			Disposable scheduled = this.deadline;
			if (scheduled != null) {
				scheduled.dispose();
			}
		}

	}

	/**
	 * The server's end of one Socket Mode socket.
	 */
	public final class Socket {

		private final WebsocketInbound inbound;

		private final Sinks.Many<WebSocketFrame> outbound = Sinks.many().unicast().onBackpressureBuffer();

		private final Sinks.One<WebSocketCloseStatus> closeStatus = Sinks.one();

		private final List<JsonNode> frames = new CopyOnWriteArrayList<>();

		private final AtomicInteger pings = new AtomicInteger();

		private volatile boolean greeted;

		private volatile boolean disconnected;

		private volatile boolean open = true;

		private Socket(WebsocketInbound inbound) {
			this.inbound = inbound;
		}

		/**
		 * Sends a text frame to the client.
		 * @param json the frame
		 */
		public synchronized void push(String json) {
			this.outbound.tryEmitNext(new TextWebSocketFrame(json));
		}

		/**
		 * Sends {@code hello}; the socket then takes envelopes.
		 */
		public void hello() {
			push("{\"type\":\"hello\",\"num_connections\":" + SocketModeTestServer.this.openSockets.get()
					+ ",\"debug_info\":{\"host\":\"applink-test\",\"approximate_connection_time\":18060},"
					+ "\"connection_info\":{\"app_id\":\"" + APP_ID + "\"}}");
			this.greeted = true;
			flushWaiting();
		}

		/**
		 * Sends {@code disconnect} with a reason; the socket takes no more envelopes.
		 * @param reason the reason
		 */
		public void disconnect(String reason) {
			this.disconnected = true;
			push("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"applink-test\"}}");
		}

		/**
		 * Closes the socket with status 1000 after the frames already sent.
		 */
		public synchronized void close() {
			this.disconnected = true;
			this.outbound.tryEmitNext(new CloseWebSocketFrame(1000, "bye"));
			this.outbound.tryEmitComplete();
		}

		/**
		 * Closes the TCP connection at once, without a close frame, as a failing network would.
		 */
		public void drop() {
			this.disconnected = true;
			this.inbound.withConnection((connection) -> connection.channel().close());
		}

		/**
		 * Returns whether envelopes go to this socket.
		 * @return whether it is open, greeted and not told to disconnect
		 */
		public boolean isTakingEnvelopes() {
			return this.open && this.greeted && !this.disconnected;
		}

		/**
		 * Returns whether the socket is still open.
		 * @return whether it is open
		 */
		public boolean isOpen() {
			return this.open;
		}

		/**
		 * Returns the number of pings the client sent.
		 * @return the count
		 */
		public int pings() {
			return this.pings.get();
		}

		/**
		 * Returns every text frame the client sent on this socket.
		 * @return the frames, in arrival order
		 */
		public List<JsonNode> frames() {
			return new ArrayList<>(this.frames);
		}

		/**
		 * Waits until the socket closed and returns the close status the client sent.
		 * @param timeout how long to wait
		 * @return the status, or {@code null} when the client closed without a close frame
		 */
		public @Nullable WebSocketCloseStatus awaitClose(Duration timeout) {
			return this.closeStatus.asMono().block(timeout);
		}

		private void received(WebSocketFrame frame) {
			if (frame instanceof PingWebSocketFrame ping) {
				this.pings.incrementAndGet();
				if (SocketModeTestServer.this.answerPings) {
					synchronized (this) {
						this.outbound.tryEmitNext(new PongWebSocketFrame(Unpooled.copiedBuffer(ping.content())));
					}
				}
				return;
			}
			if (!(frame instanceof TextWebSocketFrame text)) {
				return;
			}
			JsonNode json = MAPPER.readTree(text.text());
			this.frames.add(json);
			JsonNode envelopeId = json.get("envelope_id");
			if (envelopeId != null && envelopeId.isString()) {
				acknowledged(this, envelopeId.asString());
			}
		}

		private void closed() {
			this.open = false;
			this.closeStatus.tryEmitEmpty();
			synchronized (this) {
				this.outbound.tryEmitComplete();
			}
		}

	}

}
