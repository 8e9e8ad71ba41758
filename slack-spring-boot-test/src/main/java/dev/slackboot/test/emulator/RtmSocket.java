package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
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
 * One RTM connection: sends {@code hello} and the events it is told, answers pings with pongs, posts the
 * client's messages (answering with {@code reply_to}), passes {@code typing} on as {@code user_typing}, and
 * closes after an error event on a frame over 16 KB, as Slack does.
 * <p>
 * Error codes (the emulator's; Slack documents code 1 only): 1 socket URL expired or used, 2 message text
 * missing, 3 channel not found, 4 not in channel, 5 unsupported frame type, 6 frame not JSON, 9 frame over
 * 16 KB.
 */
final class RtmSocket {

	/**
	 * Slack's limit on the size of a frame a client sends.
	 */
	static final int MAX_CLIENT_FRAME_BYTES = 16 * 1024;

	private static final Duration GOODBYE_GRACE = Duration.ofSeconds(1);

	private static final int GOING_AWAY = 1001;

	private static final int POLICY_VIOLATION = 1008;

	private static final int TOO_BIG = 1009;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final String user;

	private final Workspace workspace;

	private final JsonMapper mapper;

	private final BooleanSupplier answeringPings;

	private final Sinks.Many<String> frames = Sinks.many().unicast().onBackpressureBuffer();

	private volatile @Nullable CloseStatus closing;

	RtmSocket(WebsocketInbound inbound, WebsocketOutbound outbound, String user, Workspace workspace,
			JsonMapper mapper, BooleanSupplier answeringPings) {
		this.inbound = inbound;
		this.outbound = outbound;
		this.user = user;
		this.workspace = workspace;
		this.mapper = mapper;
		this.answeringPings = answeringPings;
	}

	/**
	 * Answers a connection whose URL is unknown, used or expired: an error event, then a close frame.
	 * @param outbound the connection's outbound
	 * @param mapper the JSON mapper
	 * @return completes when closed
	 */
	static Mono<Void> refuse(WebsocketOutbound outbound, JsonMapper mapper) {
		String error = mapper.writeValueAsString(errorEvent(mapper, 1, "Socket URL has expired"));
		return outbound.sendString(Mono.just(error))
			.then()
			.then(Mono.defer(() -> outbound.sendClose(POLICY_VIOLATION, "Socket URL has expired")));
	}

	String user() {
		return this.user;
	}

	/**
	 * Runs the connection until either side closes it.
	 * @return completes when the connection ended
	 */
	Mono<Void> run() {
		send("{\"type\":\"hello\"}");
		Mono<Void> receive = this.inbound.aggregateFrames(RtmEndpoint.MAX_READ_BYTES)
			.receiveFrames()
			.doOnNext(this::onFrame)
			.then()
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> close(null));
		Mono<Void> send = this.outbound.sendString(this.frames.asFlux()).then().then(Mono.defer(() -> {
			CloseStatus status = this.closing;
			return (status != null && status.code() != 0) ? this.outbound.sendClose(status.code(), status.reason())
					: Mono.empty();
		})).onErrorResume((ex) -> Mono.empty());
		return Mono.when(receive, send);
	}

	/**
	 * Sends a frame, unless the connection is closing.
	 * @param frame the frame's text
	 */
	synchronized void send(String frame) {
		if (this.closing == null) {
			this.frames.tryEmitNext(frame);
		}
	}

	/**
	 * Sends {@code goodbye}, then closes the connection a second later unless the client does first.
	 */
	void goodbye() {
		send("{\"type\":\"goodbye\"}");
		Mono.delay(GOODBYE_GRACE).subscribe((tick) -> close(new CloseStatus(GOING_AWAY, "goodbye")));
	}

	/**
	 * Drops the connection without a close frame.
	 */
	void drop() {
		this.inbound.withConnection(Connection::dispose);
	}

	/**
	 * Closes the connection after the frames already sent.
	 * @param status the close frame to send, {@code null} for none (the client closed)
	 */
	private synchronized void close(@Nullable CloseStatus status) {
		if (this.closing == null) {
			this.closing = (status != null) ? status : new CloseStatus(0, "");
			this.frames.tryEmitComplete();
		}
	}

	private void onFrame(WebSocketFrame frame) {
		if (!(frame instanceof TextWebSocketFrame text)) {
			return;
		}
		if (text.content().readableBytes() > MAX_CLIENT_FRAME_BYTES) {
			send(write(errorEvent(this.mapper, 9, "Message too long: frames are limited to 16 KB")));
			close(new CloseStatus(TOO_BIG, "Message too long"));
			return;
		}
		JsonNode message;
		try {
			message = this.mapper.readTree(text.content().toString(StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			send(write(errorEvent(this.mapper, 6, "Invalid JSON")));
			return;
		}
		JsonNode id = message.get("id");
		switch (message.path("type").asString("")) {
			case "ping" -> pong(message, id);
			case "message" -> post(message, id);
			case "typing" -> typing(message);
			default -> {
				if (id != null) {
					send(write(replyError(id, 5, "Unsupported type")));
				}
			}
		}
	}

	private void pong(JsonNode ping, @Nullable JsonNode id) {
		if (!this.answeringPings.getAsBoolean()) {
			return;
		}
		ObjectNode pong = ((ObjectNode) ping.deepCopy());
		pong.remove("id");
		pong.put("type", "pong");
		if (id != null) {
			pong.set("reply_to", id);
		}
		send(write(pong));
	}

	private void post(JsonNode message, @Nullable JsonNode id) {
		String text = message.path("text").asString("");
		String threadTs = message.path("thread_ts").asString(null);
		ObjectNode reply = this.workspace.locked(() -> {
			WorkspaceChannel channel = this.workspace.channel(message.path("channel").asString(""));
			if (channel == null || (channel.isPrivate() && !channel.isMember(this.user))) {
				return replyError(id, 3, "Channel not found");
			}
			if (!channel.isMember(this.user)) {
				return replyError(id, 4, "Not in channel");
			}
			if (text.isBlank()) {
				return replyError(id, 2, "message text is missing");
			}
			WorkspaceMessage parent = (threadTs != null) ? channel.message(threadTs) : null;
			String thread = (parent == null) ? null : (parent.isReply() ? parent.threadTs() : parent.ts());
			WorkspaceMessage posted = this.workspace.post(channel, this.user,
					(draft) -> draft.text(text).threadTs(thread));
			ObjectNode ok = this.mapper.createObjectNode().put("ok", true);
			ok.set("reply_to", id);
			return ok.put("ts", posted.ts()).put("text", posted.text());
		});
		if (id != null) {
			send(write(reply));
		}
	}

	private void typing(JsonNode message) {
		this.workspace.locked(() -> {
			WorkspaceChannel channel = this.workspace.channel(message.path("channel").asString(""));
			if (channel != null && channel.isMember(this.user)) {
				this.workspace.typing(channel, this.user);
			}
			return channel;
		});
	}

	private ObjectNode replyError(@Nullable JsonNode id, int code, String text) {
		ObjectNode reply = this.mapper.createObjectNode().put("ok", false);
		if (id != null) {
			reply.set("reply_to", id);
		}
		reply.putObject("error").put("code", code).put("msg", text);
		return reply;
	}

	private static ObjectNode errorEvent(JsonMapper mapper, int code, String text) {
		ObjectNode event = mapper.createObjectNode().put("type", "error");
		event.putObject("error").put("code", code).put("msg", text);
		return event;
	}

	private String write(JsonNode node) {
		return this.mapper.writeValueAsString(node);
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
