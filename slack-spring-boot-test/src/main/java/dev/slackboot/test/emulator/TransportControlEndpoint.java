package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API of Socket Mode and the Events API as JSON over HTTP, beside the {@link ControlApiEndpoint
 * other routes} under {@code /_emulator/}, with the same answers: {@code {"ok": true, ...}}, or
 * {@code {"ok": false, "error": ...}} with status 400.
 * <ul>
 * <li>{@code GET /_emulator/socket-mode}: the open connections, the envelope counts and the latest
 * acknowledgements</li>
 * <li>{@code POST /_emulator/socket-mode/events}: an event (or a whole {@code event_callback} payload) sent as an
 * {@code events_api} envelope; answers its {@code envelope_id}</li>
 * <li>{@code POST /_emulator/socket-mode/slash-commands} {@code {"user", "channel", "command", "text"}}</li>
 * <li>{@code POST /_emulator/socket-mode/interactive}: an interaction payload, e.g. {@code block_actions}</li>
 * <li>{@code POST /_emulator/socket-mode/refresh}, {@code /socket-mode/warning}: {@code disconnect} frames;
 * {@code /socket-mode/drop}: drop the connections; {@code /socket-mode/pings} {@code {"answer"}}</li>
 * <li>{@code POST /_emulator/ack-timeout} {@code {"millis"}}: the deadline of both transports</li>
 * <li>{@code GET /_emulator/events-api}: the request URL and the finished deliveries</li>
 * <li>{@code POST /_emulator/events-api/request-url} {@code {"url"}} (none or empty to stop sending)</li>
 * <li>{@code POST /_emulator/events-api/verify-url}: a {@code url_verification}; answers the delivery</li>
 * <li>{@code POST /_emulator/events-api/forged} {@code {"forgery": "bad_signature"|"stale_timestamp"|
 * "no_signature", "event": {...}}}: answers the delivery</li>
 * </ul>
 */
final class TransportControlEndpoint implements EmulatorEndpoint {

	private static final String PREFIX = "/_emulator/";

	private final SlackEmulator emulator;

	private final JsonMapper mapper;

	TransportControlEndpoint(SlackEmulator emulator, JsonMapper mapper) {
		this.emulator = emulator;
		this.mapper = mapper;
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get(PREFIX + "socket-mode", (request, response) -> handle(request, response, this::socketMode))
			.post(PREFIX + "socket-mode/events", (request, response) -> handle(request, response,
					(body) -> envelope(this.emulator.emitSocketModeEvent(write(body)))))
			.post(PREFIX + "socket-mode/slash-commands", (request, response) -> handle(request, response,
					(body) -> envelope(this.emulator.emitSlashCommand(text(body, "user", SlackEmulator.DEFAULT_USER_ID),
							required(body, "channel"), required(body, "command"), text(body, "text", "")))))
			.post(PREFIX + "socket-mode/interactive", (request, response) -> handle(request, response,
					(body) -> envelope(this.emulator.emitInteraction(write(body)))))
			.post(PREFIX + "socket-mode/refresh", (request, response) -> handle(request, response, (body) -> {
				this.emulator.requestRefresh();
				return ok();
			}))
			.post(PREFIX + "socket-mode/warning", (request, response) -> handle(request, response, (body) -> {
				this.emulator.sendSocketModeWarning();
				return ok();
			}))
			.post(PREFIX + "socket-mode/drop", (request, response) -> handle(request, response, (body) -> {
				this.emulator.dropSocketModeConnections();
				return ok();
			}))
			.post(PREFIX + "socket-mode/pings", (request, response) -> handle(request, response, (body) -> {
				this.emulator.stopAnsweringSocketModePings(!body.path("answer").asBoolean(true));
				return ok();
			}))
			.post(PREFIX + "ack-timeout", (request, response) -> handle(request, response, (body) -> {
				this.emulator.ackTimeout(Duration.ofMillis(body.path("millis").asLong(3000)));
				return ok();
			}))
			.get(PREFIX + "events-api", (request, response) -> handle(request, response, this::eventsApi))
			.post(PREFIX + "events-api/request-url", (request, response) -> handle(request, response, (body) -> {
				this.emulator.eventsRequestUrl(text(body, "url", null));
				return ok();
			}))
			.post(PREFIX + "events-api/verify-url", (request, response) -> handleLater(request, response,
					(body) -> this.emulator.urlVerification().map(this::delivery)))
			.post(PREFIX + "events-api/forged", (request, response) -> handleLater(request, response,
					(body) -> this.emulator.forgedEvent(write(body.path("event")), forgery(body)).map(this::delivery)));
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response,
			Function<JsonNode, ObjectNode> action) {
		return handleLater(request, response, (body) -> Mono.fromSupplier(() -> action.apply(body)));
	}

	private Publisher<Void> handleLater(HttpServerRequest request, HttpServerResponse response,
			Function<JsonNode, Mono<ObjectNode>> action) {
		return request.receive()
			.aggregate()
			.asString()
			.defaultIfEmpty("")
			.map(this::parse)
			.flatMap(action)
			.flatMap((answer) -> send(response, 200, answer))
			.onErrorResume((ex) -> ex instanceof IllegalArgumentException || ex instanceof IllegalStateException,
					(ex) -> send(response, 400, this.mapper.createObjectNode()
						.put("ok", false)
						.put("error", String.valueOf(ex.getMessage()))));
	}

	private JsonNode parse(String text) {
		try {
			return text.isBlank() ? this.mapper.createObjectNode() : this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The request body is not JSON: " + ex.getOriginalMessage());
		}
	}

	private Mono<Void> send(HttpServerResponse response, int status, ObjectNode answer) {
		response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
		return response.sendByteArray(Mono.just(this.mapper.writeValueAsBytes(answer))).then();
	}

	private ObjectNode ok() {
		return this.mapper.createObjectNode().put("ok", true);
	}

	private ObjectNode envelope(String envelopeId) {
		return ok().put("envelope_id", envelopeId);
	}

	private ObjectNode socketMode(JsonNode body) {
		SocketModeStats stats = this.emulator.socketModeStats();
		ObjectNode answer = ok().put("connections", this.emulator.socketModeConnections());
		answer.putObject("stats")
			.put("envelopes", stats.envelopes())
			.put("acks", stats.acks())
			.put("redeliveries", stats.redeliveries())
			.put("unacked", stats.unacked())
			.put("expired", stats.expired());
		ArrayNode acks = answer.putArray("acks");
		for (SocketModeAck ack : this.emulator.socketModeAcks()) {
			ObjectNode node = acks.addObject()
				.put("envelope_id", ack.envelopeId())
				.put("envelope_type", ack.envelopeType())
				.put("retry_attempt", ack.retryAttempt());
			if (ack.payload() != null) {
				node.set("payload", ack.payload());
			}
		}
		return answer;
	}

	private ObjectNode eventsApi(JsonNode body) {
		ObjectNode answer = ok().put("request_url", this.emulator.eventsRequestUrl());
		ArrayNode deliveries = answer.putArray("deliveries");
		this.emulator.eventDeliveries().forEach((delivery) -> deliveries.add(toJson(delivery)));
		return answer;
	}

	private ObjectNode delivery(EventDelivery delivery) {
		ObjectNode answer = ok();
		answer.set("delivery", toJson(delivery));
		return answer;
	}

	private ObjectNode toJson(EventDelivery delivery) {
		return this.mapper.createObjectNode()
			.put("event_id", delivery.eventId())
			.put("type", delivery.type())
			.put("attempts", delivery.attempts())
			.put("status", delivery.status())
			.put("delivered", delivery.delivered())
			.put("failure", delivery.failure());
	}

	private static RequestForgery forgery(JsonNode body) {
		String name = required(body, "forgery");
		try {
			return RequestForgery.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Unknown forgery '" + name + "'; use bad_signature, stale_timestamp or no_signature");
		}
	}

	private String write(JsonNode node) {
		return this.mapper.writeValueAsString(node);
	}

	private static String required(JsonNode body, String field) {
		String value = text(body, field, null);
		if (value == null) {
			throw new IllegalArgumentException("Missing field '" + field + "'");
		}
		return value;
	}

	private static @Nullable String text(JsonNode body, String field, @Nullable String fallback) {
		JsonNode value = body.get(field);
		return (value != null && value.isValueNode() && !value.asString().isEmpty()) ? value.asString() : fallback;
	}

}
