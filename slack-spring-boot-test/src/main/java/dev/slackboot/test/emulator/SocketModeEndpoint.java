package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves Socket Mode at {@code /link/?ticket=...}: accepts the connections of the single-use URLs
 * {@code apps.connections.open} handed out (an unknown, used or expired ticket gets a close frame, 1008), up to
 * 10 at a time (the 11th gets {@code disconnect} {@code too_many_websockets} and is closed), greets each with
 * {@code hello}, spreads the app's envelopes over the open connections (round robin) and takes their
 * acknowledgements. Once the app has opened a connection, its events are sent as {@code events_api} envelopes;
 * one that happens while no connection is open waits for the redelivery, as on Slack.
 */
final class SocketModeEndpoint implements EmulatorEndpoint {

	/**
	 * Slack's limit of simultaneous connections per app.
	 */
	static final int MAX_CONNECTIONS = 10;

	private static final long DEFAULT_CONNECTION_TIME_SECONDS = 18060;

	private static final int POLICY_VIOLATION = 1008;

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private final String appId;

	private final SocketTickets tickets;

	private final JsonMapper mapper;

	private final @Nullable Duration refreshInterval;

	private final SocketModeEnvelopes envelopes;

	private final List<SocketModeConnection> connections = new CopyOnWriteArrayList<>();

	private final AtomicInteger nextConnection = new AtomicInteger();

	private final AtomicInteger hosts = new AtomicInteger();

	private volatile boolean used;

	private volatile boolean answeringPings = true;

	/**
	 * Creates the endpoint.
	 * @param events the app's events
	 * @param appId the app
	 * @param tickets the tickets of the URLs {@code apps.connections.open} hands out
	 * @param mapper the JSON mapper
	 * @param ackTimeout the deadline for an acknowledgement
	 * @param refreshInterval how long after opening a connection is sent {@code refresh_requested}, {@code null}
	 * for never
	 */
	SocketModeEndpoint(AppEvents events, String appId, SocketTickets tickets, JsonMapper mapper, Duration ackTimeout,
			@Nullable Duration refreshInterval) {
		this.appId = appId;
		this.tickets = tickets;
		this.mapper = mapper;
		this.refreshInterval = refreshInterval;
		this.envelopes = new SocketModeEnvelopes(mapper, this::sendToNext, ackTimeout);
		events.addListener(() -> this.used, (callback) -> this.envelopes.send("events_api", callback, false));
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get("/link/", this::connect);
	}

	private Publisher<Void> connect(HttpServerRequest request, HttpServerResponse response) {
		List<String> ticket = new QueryStringDecoder(request.uri()).parameters().get("ticket");
		String app = (ticket != null && !ticket.isEmpty()) ? this.tickets.redeem(ticket.get(0)) : null;
		WebsocketServerSpec spec = WebsocketServerSpec.builder()
			.maxFramePayloadLength(RtmEndpoint.MAX_READ_BYTES)
			.handlePing(true)
			.build();
		return response.sendWebsocket((inbound, outbound) -> {
			if (app == null) {
				logger.debug("Refused a Socket Mode connection with an unknown, used or expired ticket");
				return outbound.sendClose(POLICY_VIOLATION, "invalid_ticket");
			}
			SocketModeConnection connection = new SocketModeConnection(inbound, outbound, this.mapper,
					"applink-emulator-" + this.hosts.incrementAndGet(), () -> this.answeringPings, this::onMessage);
			if (!open(connection)) {
				logger.debug("Refused an 11th Socket Mode connection");
				connection.refuse("too_many_websockets");
				return connection.run();
			}
			Disposable refresh = (this.refreshInterval != null) ? Mono.delay(this.refreshInterval)
				.subscribe((tick) -> connection.disconnect("refresh_requested")) : Disposables.disposed();
			logger.debug("Socket Mode connection opened; " + this.connections.size() + " open");
			return connection.run().doFinally((signal) -> {
				refresh.dispose();
				this.connections.remove(connection);
				logger.debug("Socket Mode connection closed; " + this.connections.size() + " open");
			});
		}, spec);
	}

	private synchronized boolean open(SocketModeConnection connection) {
		if (this.connections.size() >= MAX_CONNECTIONS) {
			return false;
		}
		long connectionTime = (this.refreshInterval != null) ? Math.max(1, this.refreshInterval.toSeconds())
				: DEFAULT_CONNECTION_TIME_SECONDS;
		connection.hello(this.connections.size() + 1, this.appId, connectionTime);
		this.connections.add(connection);
		this.used = true;
		return true;
	}

	private boolean sendToNext(String frame) {
		List<SocketModeConnection> active = this.connections.stream().filter(SocketModeConnection::isActive).toList();
		if (active.isEmpty()) {
			return false;
		}
		active.get(Math.floorMod(this.nextConnection.getAndIncrement(), active.size())).send(frame);
		return true;
	}

	private void onMessage(JsonNode message) {
		JsonNode envelopeId = message.get("envelope_id");
		if (envelopeId != null && envelopeId.isString()) {
			JsonNode payload = message.get("payload");
			this.envelopes.ack(envelopeId.asString(), (payload != null && !payload.isNull()) ? payload : null);
		}
	}

	/**
	 * Sends an envelope on the next open connection.
	 * @param type the envelope type
	 * @param payload the payload
	 * @param acceptsResponsePayload whether the app may answer with a payload in its acknowledgement
	 * @return the envelope ID
	 * @throws IllegalStateException when no connection is open
	 */
	String send(String type, ObjectNode payload, boolean acceptsResponsePayload) {
		if (this.connections.stream().noneMatch(SocketModeConnection::isActive)) {
			throw new IllegalStateException("No Socket Mode connection is open; connect the app first");
		}
		return this.envelopes.send(type, payload, acceptsResponsePayload);
	}

	/**
	 * Returns the number of open connections, those told to disconnect included.
	 * @return the count
	 */
	int connections() {
		return this.connections.size();
	}

	SocketModeStats stats() {
		return this.envelopes.stats();
	}

	List<SocketModeAck> acks() {
		return this.envelopes.acks();
	}

	/**
	 * Sets the deadline for the acknowledgements of the envelopes sent from now on.
	 * @param ackTimeout the deadline
	 */
	void ackTimeout(Duration ackTimeout) {
		this.envelopes.ackTimeout(ackTimeout);
	}

	/**
	 * Sends {@code disconnect} with a reason on every connection that takes envelopes; each closes after
	 * {@link SocketModeConnection#DISCONNECT_GRACE} unless the app closes it first.
	 * @param reason {@code refresh_requested} or {@code warning}
	 */
	void disconnect(String reason) {
		this.connections.forEach((connection) -> connection.disconnect(reason));
	}

	/**
	 * Drops every connection without a close frame, as a network failure would.
	 */
	void dropConnections() {
		this.connections.forEach(SocketModeConnection::drop);
	}

	/**
	 * Stops or resumes answering WebSocket pings.
	 * @param stop {@code true} to leave pings unanswered
	 */
	void stopAnsweringPings(boolean stop) {
		this.answeringPings = !stop;
	}

	@Override
	public void stop() {
		this.envelopes.stop();
		dropConnections();
	}

}
