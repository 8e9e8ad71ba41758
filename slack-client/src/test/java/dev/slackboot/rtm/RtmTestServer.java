package dev.slackboot.rtm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
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
 * A fake Slack for RTM tests: one Reactor Netty server on a free port that answers Web API calls under
 * {@code /api/} ({@code rtm.connect} and {@code rtm.start} point at its own WebSocket route, {@code auth.test}
 * names the bot) and serves that WebSocket route. Tests drive it: push frames, drop the socket, say goodbye,
 * stop answering pings, answer {@code rtm.connect} with an error or a rate limit, and read what the client sent.
 *
 * <p>
 * By default a new socket gets {@code hello}, pings get pongs and messages get an {@code ok} reply with a
 * fresh {@code ts}.
 */
public final class RtmTestServer implements AutoCloseable {

	/**
	 * The bot user ID the server's {@code rtm.connect} names as {@code self}.
	 */
	public static final String BOT_USER_ID = "U0BOT";

	/**
	 * The bot ID the server's {@code auth.test} answers.
	 */
	public static final String BOT_ID = "B0BOT";

	/**
	 * The workspace ID the server's {@code rtm.connect} names as {@code team}.
	 */
	public static final String TEAM_ID = "T0TEAM";

	/**
	 * The bot token of {@link #webClient()}.
	 */
	public static final String TOKEN = "xoxb-rtm-test-token";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final DisposableServer server;

	private final Map<String, Queue<Answer>> scriptedAnswers = new ConcurrentHashMap<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final Map<String, BlockingQueue<ApiCall>> calls = new ConcurrentHashMap<>();

	private final BlockingQueue<Socket> newSockets = new LinkedBlockingQueue<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger openSockets = new AtomicInteger();

	private final AtomicInteger maxOpenSockets = new AtomicInteger();

	private final AtomicLong timestamps = new AtomicLong();

	private volatile boolean sendHello = true;

	private volatile boolean answerPings = true;

	private volatile boolean replyToMessages = true;

	private RtmTestServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.ws("/ws", this::socket,
						WebsocketServerSpec.builder()
							.maxFramePayloadLength(SlackRtmClient.MAX_INBOUND_FRAME_BYTES)
							.build())
				.route((request) -> request.uri().startsWith("/api/"), this::api))
			.bindNow();
		answerApi("rtm.connect", connectAnswer());
		answerApi("rtm.start", connectAnswer());
		answerApi("auth.test", "{\"ok\":true,\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"" + BOT_ID
				+ "\",\"team_id\":\"" + TEAM_ID + "\",\"user\":\"testbot\",\"team\":\"Test Team\"}");
	}

	/**
	 * Starts a server on a free port.
	 * @return the running server
	 */
	public static RtmTestServer start() {
		return new RtmTestServer();
	}

	/**
	 * Returns the Web API base URL, e.g. {@code http://127.0.0.1:4711/api/}.
	 * @return the base URL
	 */
	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/api/";
	}

	/**
	 * Returns the URL of the WebSocket route that {@code rtm.connect} answers.
	 * @return the socket URL
	 */
	public String socketUrl() {
		return "ws://127.0.0.1:" + this.server.port() + "/ws";
	}

	/**
	 * Returns a Web API client for this server with the bot token {@link #TOKEN} and no retries, so the RTM
	 * client sees rate limits itself.
	 * @return the client
	 */
	public SlackWebClient webClient() {
		return SlackWebClient.builder()
			.baseUrl(apiUrl())
			.token(TOKEN)
			.retryPolicy(SlackRetryPolicy.none())
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Sets the answer to every call of a Web API method, with status 200.
	 * @param method the method, e.g. {@code chat.postMessage}
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
	 * Answers every {@code rtm.connect} (and {@code rtm.start}) with {@code "ok": false} and the given error.
	 * @param error Slack's error code, e.g. {@code invalid_auth}
	 */
	public void failConnect(String error) {
		String json = "{\"ok\":false,\"error\":\"" + error + "\"}";
		answerApi("rtm.connect", json);
		answerApi("rtm.start", json);
	}

	/**
	 * Answers the next {@code rtm.connect} with HTTP 429 and the given {@code Retry-After}.
	 * @param retryAfterSeconds the delay Slack asks for
	 */
	public void rateLimitNextConnect(int retryAfterSeconds) {
		answerNext("rtm.connect", 429, "{\"ok\":false,\"error\":\"ratelimited\"}", retryAfterSeconds);
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
	 * Sets whether a new socket gets {@code {"type":"hello"}} first.
	 * @param sendHello whether to say hello
	 */
	public void sendHello(boolean sendHello) {
		this.sendHello = sendHello;
	}

	/**
	 * Sets whether pings are answered with pongs.
	 * @param answerPings whether to answer pings
	 */
	public void answerPings(boolean answerPings) {
		this.answerPings = answerPings;
	}

	/**
	 * Sets whether messages are answered with an {@code ok} reply at once; otherwise the test replies with
	 * {@link Socket#reply(JsonNode, String)} or {@link Socket#replyError(JsonNode, int, String)}.
	 * @param replyToMessages whether to reply automatically
	 */
	public void replyToMessages(boolean replyToMessages) {
		this.replyToMessages = replyToMessages;
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
			throw new AssertionError("No RTM socket was opened within " + timeout.toMillis() + " ms");
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
	 * Returns every socket opened so far.
	 * @return the sockets, in opening order
	 */
	public List<Socket> sockets() {
		return List.copyOf(this.sockets);
	}

	/**
	 * Returns the largest number of sockets that were open at the same time.
	 * @return the count
	 */
	public int maxOpenSockets() {
		return this.maxOpenSockets.get();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

	private String connectAnswer() {
		return "{\"ok\":true,\"url\":\"" + socketUrl() + "\",\"self\":{\"id\":\"" + BOT_USER_ID
				+ "\",\"name\":\"testbot\"},\"team\":{\"id\":\"" + TEAM_ID
				+ "\",\"name\":\"Test Team\",\"domain\":\"testteam\"}}";
	}

	private Publisher<Void> api(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String method = uri.path().substring("/api/".length());
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			calls(method).add(new ApiCall(method, authorization, uri.rawQuery(), body, System.nanoTime()));
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
		return this.answers.getOrDefault(method, new Answer(404, "{\"ok\":false,\"error\":\"unknown_method\"}", null));
	}

	private Publisher<Void> socket(WebsocketInbound inbound, WebsocketOutbound outbound) {
		Socket socket = new Socket(inbound);
		int open = this.openSockets.incrementAndGet();
		this.maxOpenSockets.accumulateAndGet(open, Math::max);
		this.sockets.add(socket);
		inbound.receiveCloseStatus().subscribe(socket.closeStatus::tryEmitValue);
		if (this.sendHello) {
			socket.push("{\"type\":\"hello\"}");
		}
		this.newSockets.add(socket);
		Mono<Void> receive = inbound.aggregateFrames(SlackRtmClient.MAX_INBOUND_FRAME_BYTES)
			.receive()
			.asString(StandardCharsets.UTF_8)
			.doOnNext(socket::received)
			.then()
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> {
				this.openSockets.decrementAndGet();
				socket.closed();
			});
		Mono<Void> send = outbound.sendString(socket.outbound.asFlux()).then().onErrorResume((ex) -> Mono.empty());
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
	 * @param query the raw query string
	 * @param body the request body
	 * @param receivedAtNanos {@link System#nanoTime()} when it arrived
	 */
	public record ApiCall(String method, @Nullable String authorization, String query, String body,
			long receivedAtNanos) {

	}

	/**
	 * The server's end of one RTM socket.
	 */
	public final class Socket {

		private final WebsocketInbound inbound;

		private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();

		private final Sinks.One<WebSocketCloseStatus> closeStatus = Sinks.one();

		private final Map<String, BlockingQueue<JsonNode>> framesByType = new ConcurrentHashMap<>();

		private final List<JsonNode> frames = new CopyOnWriteArrayList<>();

		private volatile boolean open = true;

		private Socket(WebsocketInbound inbound) {
			this.inbound = inbound;
		}

		/**
		 * Sends a frame to the client.
		 * @param json the frame
		 */
		public synchronized void push(String json) {
			this.outbound.tryEmitNext(json);
		}

		/**
		 * Sends a {@code message} event.
		 * @param channel the channel
		 * @param user the author
		 * @param text the text
		 */
		public void pushMessage(String channel, String user, String text) {
			ObjectNode event = MAPPER.createObjectNode()
				.put("type", "message")
				.put("channel", channel)
				.put("user", user)
				.put("text", text)
				.put("ts", nextTs())
				.put("team", TEAM_ID);
			push(MAPPER.writeValueAsString(event));
		}

		/**
		 * Sends {@code {"type":"goodbye"}}, as Slack does before it closes a connection.
		 */
		public void goodbye() {
			push("{\"type\":\"goodbye\"}");
		}

		/**
		 * Closes the TCP connection at once, without a WebSocket close frame, as a failing network would.
		 */
		public void drop() {
			this.inbound.withConnection((connection) -> connection.channel().close());
		}

		/**
		 * Replies {@code ok} to a message frame.
		 * @param message the frame the client sent
		 * @param ts the timestamp to answer
		 */
		public void reply(JsonNode message, String ts) {
			push(MAPPER.writeValueAsString(MAPPER.createObjectNode()
				.put("ok", true)
				.put("reply_to", message.path("id").asLong())
				.put("ts", ts)
				.put("text", message.path("text").asString())));
		}

		/**
		 * Replies with an error to a message frame.
		 * @param message the frame the client sent
		 * @param code Slack's error code
		 * @param msg Slack's error message
		 */
		public void replyError(JsonNode message, int code, String msg) {
			ObjectNode reply = MAPPER.createObjectNode().put("ok", false).put("reply_to", message.path("id").asLong());
			reply.putObject("error").put("code", code).put("msg", msg);
			push(MAPPER.writeValueAsString(reply));
		}

		/**
		 * Waits for the next frame of a type the client sent on this socket.
		 * @param type the frame type, e.g. {@code message} or {@code ping}
		 * @param timeout how long to wait
		 * @return the frame
		 * @throws AssertionError when none arrived in time
		 */
		public JsonNode awaitFrame(String type, Duration timeout) {
			JsonNode frame = pollFrame(type, timeout);
			if (frame == null) {
				throw new AssertionError("No '" + type + "' frame arrived within " + timeout.toMillis() + " ms");
			}
			return frame;
		}

		/**
		 * Returns the next frame of a type the client sent, or {@code null} when none arrives in time.
		 * @param type the frame type
		 * @param timeout how long to wait
		 * @return the frame or {@code null}
		 */
		public @Nullable JsonNode pollFrame(String type, Duration timeout) {
			return poll(this.framesByType.computeIfAbsent(type, (key) -> new LinkedBlockingQueue<>()), timeout);
		}

		/**
		 * Returns every frame the client sent on this socket.
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

		/**
		 * Returns whether the socket is still open.
		 * @return whether it is open
		 */
		public boolean isOpen() {
			return this.open;
		}

		private void received(String text) {
			JsonNode frame = MAPPER.readTree(text);
			this.frames.add(frame);
			String type = frame.path("type").asString();
			this.framesByType.computeIfAbsent(type, (key) -> new LinkedBlockingQueue<>()).add(frame);
			if ("ping".equals(type) && RtmTestServer.this.answerPings) {
				push("{\"type\":\"pong\",\"reply_to\":" + frame.path("id").asLong() + "}");
			}
			if ("message".equals(type) && RtmTestServer.this.replyToMessages) {
				reply(frame, nextTs());
			}
		}

		private void closed() {
			this.open = false;
			this.closeStatus.tryEmitEmpty();
			synchronized (this) {
				this.outbound.tryEmitComplete();
			}
		}

		private String nextTs() {
			return "1700000000." + String.format("%06d", RtmTestServer.this.timestamps.incrementAndGet());
		}

	}

}
