package dev.slackboot.test.emulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves RTM sockets at {@code /rtm/<ticket>}: accepts the connections of the URLs {@code rtm.connect} handed
 * out, tells each socket the workspace's events its user may see (those of the conversations they are a
 * member of), and injects the RTM faults of the control API.
 */
final class RtmEndpoint implements EmulatorEndpoint {

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	/**
	 * The largest frame read at all; frames over Slack's 16 KB limit are refused by {@link RtmSocket}.
	 */
	static final int MAX_READ_BYTES = 1024 * 1024;

	private final Workspace workspace;

	private final SocketTickets tickets;

	private final JsonMapper mapper;

	private final Set<RtmSocket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean answeringPings = true;

	RtmEndpoint(Workspace workspace, SocketTickets tickets, JsonMapper mapper) {
		this.workspace = workspace;
		this.tickets = tickets;
		this.mapper = mapper;
		workspace.addListener(this::publish);
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get("/rtm/{ticket}", this::connect);
	}

	private Publisher<Void> connect(HttpServerRequest request, HttpServerResponse response) {
		String ticket = request.param("ticket");
		String user = (ticket != null) ? this.tickets.redeem(ticket) : null;
		WebsocketServerSpec spec = WebsocketServerSpec.builder().maxFramePayloadLength(MAX_READ_BYTES).build();
		return response.sendWebsocket((inbound, outbound) -> {
			if (user == null) {
				logger.debug("Refused an RTM connection with an unknown, used or expired socket URL");
				return RtmSocket.refuse(outbound, this.mapper);
			}
			RtmSocket socket = new RtmSocket(inbound, outbound, user, this.workspace, this.mapper,
					() -> this.answeringPings);
			this.sockets.add(socket);
			logger.debug("RTM connection opened for " + user);
			return socket.run().doFinally((signal) -> {
				this.sockets.remove(socket);
				logger.debug("RTM connection closed for " + user);
			});
		}, spec);
	}

	private void publish(WorkspaceEvent event) {
		if (this.sockets.isEmpty()) {
			return;
		}
		String frame = this.mapper.writeValueAsString(event.event());
		for (RtmSocket socket : this.sockets) {
			if (event.isFor(socket.user())) {
				socket.send(frame);
			}
		}
	}

	/**
	 * Returns the number of open RTM connections.
	 * @return the count
	 */
	int connections() {
		return this.sockets.size();
	}

	/**
	 * Drops every connection without a close frame, as a network failure would.
	 */
	void dropSockets() {
		this.sockets.forEach(RtmSocket::drop);
	}

	/**
	 * Sends {@code goodbye} on every connection; each closes a second later unless the client does first.
	 */
	void sendGoodbye() {
		this.sockets.forEach(RtmSocket::goodbye);
	}

	/**
	 * Sends a frame that is not JSON on every connection.
	 */
	void sendMalformedFrame() {
		this.sockets.forEach((socket) -> socket.send("{\"type\":\"message\",\"text\":"));
	}

	/**
	 * Stops or resumes answering pings.
	 * @param stop {@code true} to leave pings unanswered
	 */
	void stopAnsweringPings(boolean stop) {
		this.answeringPings = !stop;
	}

	@Override
	public void stop() {
		dropSockets();
	}

}
