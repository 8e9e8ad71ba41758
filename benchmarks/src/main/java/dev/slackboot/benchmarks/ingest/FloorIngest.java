package dev.slackboot.benchmarks.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.slackboot.benchmarks.load.LoadServer;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The floor: a raw Reactor Netty WebSocket client that parses every frame into a Jackson tree on the event loop and
 * counts the {@code message} events; over Socket Mode it also writes the acknowledgement of each envelope. No
 * dispatcher, no typed binding, no queue: the least work a client can do with a frame.
 */
public final class FloorIngest extends IngestScenario {

	private static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

	private final HttpClient httpClient = HttpClient.create();

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param transport the transport
	 * @param events the number of events per run
	 * @param timeout the longest a run may take
	 */
	public FloorIngest(LoadServer server, Transport transport, int events, Duration timeout) {
		super(server, transport, events, timeout);
	}

	@Override
	public String label() {
		return (transport() == Transport.RTM) ? "floor: Reactor Netty WebSocket + Jackson tree"
				: "floor: Reactor Netty WebSocket + Jackson tree + ack";
	}

	private static byte[] bytes(WebSocketFrame frame) {
		return ByteBufUtil.getBytes(frame.content());
	}

	@Override
	public Role role() {
		return Role.FLOOR;
	}

	@Override
	protected Client connect(EventCounter counter) {
		WebsocketClientSpec spec = WebsocketClientSpec.builder().maxFramePayloadLength(MAX_FRAME_BYTES).build();
		boolean rtm = transport() == Transport.RTM;
		String url = rtm ? server().rtmUrl() : server().socketModeUrl();
		Disposable connection = this.httpClient.websocket(spec)
			.uri(url)
			.handle((inbound, outbound) -> {
				Flux<JsonNode> frames = inbound.aggregateFrames(MAX_FRAME_BYTES)
					.receiveFrames()
					.map((frame) -> (frame instanceof TextWebSocketFrame) ? this.mapper.readTree(bytes(frame))
							: MissingNode.getInstance());
				if (rtm) {
					return frames.doOnNext((event) -> {
						if ("message".equals(event.path("type").asString(null))) {
							counter.count(event.path("text").asString(null));
						}
					}).then();
				}
				return outbound.sendObject(frames.filter((envelope) -> envelope.path("envelope_id").isString())
					.map((envelope) -> {
						WebSocketFrame ack = new TextWebSocketFrame(Unpooled.wrappedBuffer(("{\"envelope_id\":\""
								+ envelope.path("envelope_id").asString() + "\"}").getBytes(StandardCharsets.UTF_8)));
						JsonNode event = envelope.path("payload").path("event");
						if ("message".equals(event.path("type").asString(null))) {
							counter.count(event.path("text").asString(null));
						}
						return ack;
					})).then();
			})
			.subscribe();
		return connection::dispose;
	}

}
