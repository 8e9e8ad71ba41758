package dev.slackboot.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lean local Slack for load: answers {@code rtm.connect}, {@code apps.connections.open}, {@code auth.test},
 * {@code users.info} and {@code chat.postMessage} with pre-serialised JSON, and serves the RTM ({@code /rtm})
 * and Socket Mode ({@code /link/}) WebSockets that push {@link EventFrames} once the harness says go. It runs on
 * its own event loops so that it does not queue behind the clients it serves. Every answer is built once; serving
 * costs only the HTTP or WebSocket write.
 */
public final class LoadServer implements AutoCloseable {

	/**
	 * The bot token the clients use.
	 */
	public static final String BOT_TOKEN = "xoxb-bench-token";

	/**
	 * The app-level token the Socket Mode clients use.
	 */
	public static final String APP_TOKEN = "xapp-1-bench-token";

	private static final int MAX_FRAME_BYTES = 1024 * 1024;

	private static final String POST_MESSAGE_REPLY = """
			{"ok":true,"channel":"C0BENCH000","ts":"1767225600.000100","message":{"user":"U0BENCHBOT",\
			"type":"message","ts":"1767225600.000100","bot_id":"B0BENCHBOT","app_id":"A0BENCH001",\
			"text":"Hi <@U0USER0001>! The build is green again.","team":"T0BENCH001","bot_profile":{"id":"B0BENCHBOT",\
			"deleted":false,"name":"bench-bot","updated":1767225000,"app_id":"A0BENCH001",\
			"icons":{"image_36":"https://a.slack-edge.com/80588/img/plugins/app/bot_36.png",\
			"image_48":"https://a.slack-edge.com/80588/img/plugins/app/bot_48.png",\
			"image_72":"https://a.slack-edge.com/80588/img/plugins/app/service_72.png"},"team_id":"T0BENCH001"},\
			"blocks":[{"type":"rich_text","block_id":"x1Yz","elements":[{"type":"rich_text_section",\
			"elements":[{"type":"text","text":"Hi "},{"type":"user","user_id":"U0USER0001"},\
			{"type":"text","text":"! The build is green again."}]}]}]}}""";

	private static final String AUTH_TEST_REPLY = """
			{"ok":true,"url":"https://bench.slack.com/","team":"Bench","user":"bench-bot","team_id":"T0BENCH001",\
			"user_id":"U0BENCHBOT","bot_id":"B0BENCHBOT","is_enterprise_install":false}""";

	private static final String USERS_INFO_REPLY = """
			{"ok":true,"user":{"id":"U0BENCHBOT","team_id":"T0BENCH001","name":"bench-bot","deleted":false,\
			"real_name":"bench-bot","is_bot":true,"is_app_user":false,"updated":1767225000,\
			"profile":{"real_name":"bench-bot","display_name":"","bot_id":"B0BENCHBOT","team":"T0BENCH001"}}}""";

	private static final String OK_REPLY = "{\"ok\":true}";

	private static final String RTM_HELLO = "{\"type\":\"hello\"}";

	private static final String SOCKET_MODE_HELLO = """
			{"type":"hello","num_connections":1,"debug_info":{"host":"applink-bench","build_number":1,\
			"approximate_connection_time":18060},"connection_info":{"app_id":"A0BENCH001"}}""";

	private static final byte[] POST_MESSAGE_BYTES = utf8(POST_MESSAGE_REPLY);

	private static final byte[] AUTH_TEST_BYTES = utf8(AUTH_TEST_REPLY);

	private static final byte[] USERS_INFO_BYTES = utf8(USERS_INFO_REPLY);

	private static final byte[] OK_BYTES = utf8(OK_REPLY);

	private final EventFrames frames;

	private final LoopResources loops;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final BlockingQueue<PushSession> rtmSessions = new LinkedBlockingQueue<>();

	private final BlockingQueue<PushSession> socketModeSessions = new LinkedBlockingQueue<>();

	private @Nullable DisposableServer server;

	private volatile byte[] rtmConnectReply = new byte[0];

	private volatile byte[] connectionsOpenReply = new byte[0];

	private LoadServer(EventFrames frames, int threads) {
		this.frames = frames;
		this.loops = LoopResources.create("load-server", 1, threads, true);
	}

	/**
	 * Starts a server on a free local port.
	 * @param frames the events its WebSockets push
	 * @param threads the number of event-loop threads it serves on
	 * @return the running server
	 */
	public static LoadServer start(EventFrames frames, int threads) {
		LoadServer loadServer = new LoadServer(frames, threads);
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(loadServer.loops)
			.route((routes) -> routes.get("/rtm", loadServer::rtm)
				.get("/link/", loadServer::socketMode)
				.route((request) -> request.fullPath().startsWith("/api/"), loadServer::api))
			.bindNow();
		loadServer.server = server;
		String base = "ws://127.0.0.1:" + server.port();
		loadServer.rtmConnectReply = utf8("{\"ok\":true,\"url\":\"" + base + "/rtm\",\"team\":{\"id\":\"T0BENCH001\","
				+ "\"name\":\"Bench\",\"domain\":\"bench\"},\"self\":{\"id\":\"U0BENCHBOT\",\"name\":\"bench-bot\"}}");
		loadServer.connectionsOpenReply = utf8("{\"ok\":true,\"url\":\"" + base + "/link/?ticket=bench\"}");
		return loadServer;
	}

	/**
	 * Returns the Web API base URL, ending with a slash.
	 * @return e.g. {@code http://127.0.0.1:40000/api/}
	 */
	public String apiBaseUrl() {
		return "http://127.0.0.1:" + port() + "/api/";
	}

	/**
	 * Returns the URL of the RTM WebSocket.
	 * @return the URL
	 */
	public String rtmUrl() {
		return "ws://127.0.0.1:" + port() + "/rtm";
	}

	/**
	 * Returns the URL of the Socket Mode WebSocket.
	 * @return the URL
	 */
	public String socketModeUrl() {
		return "ws://127.0.0.1:" + port() + "/link/?ticket=bench";
	}

	/**
	 * Forgets the WebSockets opened so far, so that {@link #nextRtmSession(Duration)} and
	 * {@link #nextSocketModeSession(Duration)} return the next ones.
	 */
	public void forgetSessions() {
		this.rtmSessions.clear();
		this.socketModeSessions.clear();
	}

	/**
	 * Waits for the next RTM WebSocket.
	 * @param timeout how long to wait
	 * @return the session, or {@code null} when none opened in time
	 * @throws InterruptedException when interrupted
	 */
	public @Nullable PushSession nextRtmSession(Duration timeout) throws InterruptedException {
		return this.rtmSessions.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Waits for the next Socket Mode WebSocket.
	 * @param timeout how long to wait
	 * @return the session, or {@code null} when none opened in time
	 * @throws InterruptedException when interrupted
	 */
	public @Nullable PushSession nextSocketModeSession(Duration timeout) throws InterruptedException {
		return this.socketModeSessions.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		DisposableServer server = this.server;
		if (server != null) {
			server.disposeNow(Duration.ofSeconds(5));
		}
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(2)).block(Duration.ofSeconds(5));
	}

	private int port() {
		DisposableServer server = this.server;
		if (server == null) {
			throw new IllegalStateException("The load server is not running");
		}
		return server.port();
	}

	private Publisher<Void> api(HttpServerRequest request, HttpServerResponse response) {
		String method = request.fullPath().substring("/api/".length());
		byte[] body = switch (method) {
			case "chat.postMessage" -> POST_MESSAGE_BYTES;
			case "rtm.connect" -> this.rtmConnectReply;
			case "apps.connections.open" -> this.connectionsOpenReply;
			case "auth.test" -> AUTH_TEST_BYTES;
			case "users.info" -> USERS_INFO_BYTES;
			default -> OK_BYTES;
		};
		return request.receive()
			.then()
			.then(Mono.defer(() -> response.header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
				.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
				.send(Mono.just(Unpooled.wrappedBuffer(body)))
				.then()));
	}

	private Publisher<Void> rtm(HttpServerRequest request, HttpServerResponse response) {
		return response.sendWebsocket((inbound, outbound) -> {
			PushSession session = new PushSession(this.frames.rtmFrames());
			Sinks.Many<WebSocketFrame> pongs = Sinks.many().unicast().onBackpressureBuffer();
			Mono<Void> receive = inbound.receiveFrames()
				.map(LoadServer::smallText)
				.doOnNext((text) -> pong(text, pongs))
				.then()
				.doFinally((signal) -> pongs.tryEmitComplete())
				.cache();
			Flux<WebSocketFrame> pushed = Flux.concat(Mono.just(text(RTM_HELLO)), session.frames());
			Mono<Void> send = outbound.sendObject(Flux.merge(pushed.takeUntilOther(receive), pongs.asFlux())).then();
			this.rtmSessions.add(session);
			return Mono.when(send, receive);
		}, spec());
	}

	private Publisher<Void> socketMode(HttpServerRequest request, HttpServerResponse response) {
		return response.sendWebsocket((inbound, outbound) -> {
			PushSession session = new PushSession(this.frames.socketModeFrames());
			Mono<Void> receive = inbound.receiveFrames()
				.map(TextWebSocketFrame.class::isInstance)
				.doOnNext((text) -> {
					if (text) {
						session.received();
					}
				})
				.then()
				.cache();
			Flux<WebSocketFrame> pushed = Flux.concat(Mono.just(text(SOCKET_MODE_HELLO)), session.frames());
			Mono<Void> send = outbound.sendObject(pushed.takeUntilOther(receive)).then();
			this.socketModeSessions.add(session);
			return Mono.when(send, receive);
		}, spec());
	}

	private static String smallText(WebSocketFrame frame) {
		return (frame instanceof TextWebSocketFrame text && text.content().readableBytes() <= 256) ? text.text() : "";
	}

	private void pong(String text, Sinks.Many<WebSocketFrame> pongs) {
		if (text.isEmpty()) {
			return;
		}
		JsonNode ping = this.mapper.readTree(text);
		if ("ping".equals(ping.path("type").asString(null))) {
			pongs.tryEmitNext(text("{\"reply_to\":" + ping.path("id").asLong() + ",\"type\":\"pong\"}"));
		}
	}

	private static WebsocketServerSpec spec() {
		return WebsocketServerSpec.builder().maxFramePayloadLength(MAX_FRAME_BYTES).build();
	}

	private static TextWebSocketFrame text(String text) {
		return new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8(text)));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
