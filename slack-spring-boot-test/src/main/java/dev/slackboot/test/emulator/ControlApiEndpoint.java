package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.slackboot.model.Message;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
 * The control API as JSON over HTTP under {@code /_emulator/}, for programs that cannot call
 * {@link SlackEmulator}'s methods. Answers are {@code {"ok": true, ...}}, or {@code {"ok": false, "error": ...}}
 * with status 400 (or 408 when a wait timed out).
 * <ul>
 * <li>{@code GET /_emulator/workspace}: the team, the bot, the users and the conversations</li>
 * <li>{@code GET /_emulator/messages?channel=general}: a conversation's messages, oldest first</li>
 * <li>{@code POST /_emulator/messages} {@code {"user", "channel", "text", "thread_ts"}}: post as a user
 * ({@code user} defaults to alice)</li>
 * <li>{@code POST /_emulator/messages/await} {@code {"channel", "user", "text_contains", "thread_ts",
 * "from_bot", "timeout_ms"}}: the first message matching all given fields, waiting for it</li>
 * <li>{@code POST /_emulator/reactions} {@code {"user", "channel", "ts", "name"}}</li>
 * <li>{@code POST /_emulator/typing} {@code {"user", "channel"}}</li>
 * <li>{@code POST /_emulator/channels} {@code {"name", "is_private", "members"}}</li>
 * <li>{@code POST /_emulator/events}: any event JSON, pushed unchanged to RTM connections (and to the app over
 * Socket Mode and the Events API)</li>
 * <li>{@code POST /_emulator/rate-limits} {@code {"enabled"}}</li>
 * <li>{@code POST /_emulator/faults/fail-next-calls} {@code {"count", "status"}},
 * {@code /faults/drop-sockets}, {@code /faults/goodbye}, {@code /faults/malformed-frame},
 * {@code /faults/pings} {@code {"answer"}}</li>
 * </ul>
 */
final class ControlApiEndpoint implements EmulatorEndpoint {

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private static final String PREFIX = "/_emulator/";

	private static final long DEFAULT_TIMEOUT_MS = 10_000;

	private final SlackEmulator emulator;

	private final JsonMapper mapper;

	ControlApiEndpoint(SlackEmulator emulator, JsonMapper mapper) {
		this.emulator = emulator;
		this.mapper = mapper;
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get(PREFIX + "workspace", (request, response) -> reply(response, this::workspace))
			.get(PREFIX + "messages", (request, response) -> reply(response, () -> messages(request)))
			.post(PREFIX + "messages", (request, response) -> handle(request, response, this::post))
			.post(PREFIX + "messages/await", this::await)
			.post(PREFIX + "reactions", (request, response) -> handle(request, response, this::react))
			.post(PREFIX + "typing", (request, response) -> handle(request, response, this::typing))
			.post(PREFIX + "channels", (request, response) -> handle(request, response, this::createChannel))
			.post(PREFIX + "events", (request, response) -> handle(request, response, this::emit))
			.post(PREFIX + "rate-limits", (request, response) -> handle(request, response, this::rateLimits))
			.post(PREFIX + "faults/fail-next-calls", (request, response) -> handle(request, response, this::failNext))
			.post(PREFIX + "faults/drop-sockets", (request, response) -> handle(request, response, (body) -> {
				this.emulator.dropSockets();
				return ok();
			}))
			.post(PREFIX + "faults/goodbye", (request, response) -> handle(request, response, (body) -> {
				this.emulator.sendGoodbye();
				return ok();
			}))
			.post(PREFIX + "faults/malformed-frame", (request, response) -> handle(request, response, (body) -> {
				this.emulator.sendMalformedFrame();
				return ok();
			}))
			.post(PREFIX + "faults/pings", (request, response) -> handle(request, response, (body) -> {
				this.emulator.stopAnsweringPings(!body.path("answer").asBoolean(true));
				return ok();
			}));
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response,
			Function<JsonNode, ObjectNode> action) {
		return body(request).flatMap((body) -> reply(response, () -> action.apply(body)))
			.onErrorResume(IllegalArgumentException.class, (ex) -> send(response, 400, error(ex.getMessage())));
	}

	private Mono<JsonNode> body(HttpServerRequest request) {
		return request.receive().aggregate().asString().defaultIfEmpty("{}").map((text) -> {
			try {
				return text.isBlank() ? this.mapper.createObjectNode() : this.mapper.readTree(text);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException("The request body is not JSON: " + ex.getOriginalMessage());
			}
		});
	}

	private Mono<Void> reply(HttpServerResponse response, Supplier<ObjectNode> action) {
		ObjectNode answer;
		int status = 200;
		try {
			answer = action.get();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			status = 400;
			answer = error(ex.getMessage());
		}
		return send(response, status, answer);
	}

	private Mono<Void> send(HttpServerResponse response, int status, ObjectNode answer) {
		response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
		return response.sendByteArray(Mono.just(this.mapper.writeValueAsBytes(answer))).then();
	}

	private ObjectNode ok() {
		return this.mapper.createObjectNode().put("ok", true);
	}

	private ObjectNode error(@Nullable String message) {
		return this.mapper.createObjectNode().put("ok", false).put("error", String.valueOf(message));
	}

	private ObjectNode workspace() {
		ObjectNode answer = ok();
		answer.putObject("team").put("id", this.emulator.teamId()).put("name", this.emulator.teamName());
		answer.set("bot", user(this.emulator.bot()));
		answer.put("app_id", SlackEmulator.APP_ID).put("default_user", SlackEmulator.DEFAULT_USER_ID);
		answer.put("web_api_base_url", this.emulator.baseUrl());
		ArrayNode users = answer.putArray("users");
		this.emulator.users().forEach((user) -> users.add(user(user)));
		ArrayNode channels = answer.putArray("channels");
		this.emulator.channels().forEach((channel) -> channels.add(channel(channel)));
		return answer;
	}

	private ObjectNode user(EmulatedUser user) {
		return this.mapper.createObjectNode()
			.put("id", user.id())
			.put("name", user.name())
			.put("real_name", user.realName())
			.put("email", user.email())
			.put("is_bot", user.isBot())
			.put("bot_id", user.botId());
	}

	private ObjectNode channel(EmulatedChannel channel) {
		ObjectNode node = this.mapper.createObjectNode()
			.put("id", channel.id())
			.put("name", channel.name())
			.put("is_private", channel.isPrivate())
			.put("is_im", channel.isIm())
			.put("is_mpim", channel.isMpim());
		ArrayNode members = node.putArray("members");
		channel.members().forEach(members::add);
		return node;
	}

	private ObjectNode messages(HttpServerRequest request) {
		List<String> channel = new QueryStringDecoder(request.uri()).parameters().get("channel");
		if (channel == null || channel.isEmpty()) {
			throw new IllegalArgumentException("Name the conversation: /_emulator/messages?channel=general");
		}
		ObjectNode answer = ok();
		ArrayNode messages = answer.putArray("messages");
		this.emulator.messages(channel.get(0)).forEach((message) -> messages.add(toJson(message)));
		return answer;
	}

	private ObjectNode post(JsonNode body) {
		String user = text(body, "user", SlackEmulator.DEFAULT_USER_ID);
		String channel = required(body, "channel");
		String text = required(body, "text");
		String threadTs = text(body, "thread_ts", null);
		Message message = (threadTs != null) ? this.emulator.replyAsUser(user, channel, threadTs, text)
				: this.emulator.postAsUser(user, channel, text);
		ObjectNode answer = ok();
		answer.set("message", toJson(message));
		return answer;
	}

	private Publisher<Void> await(HttpServerRequest request, HttpServerResponse response) {
		return body(request).flatMap((body) -> {
			long timeout = body.path("timeout_ms").asLong(DEFAULT_TIMEOUT_MS);
			Predicate<Message> predicate = predicate(body);
			return this.emulator.nextMessage(predicate)
				.timeout(Duration.ofMillis(timeout))
				.flatMap((message) -> {
					ObjectNode answer = ok();
					answer.set("message", toJson(message));
					return send(response, 200, answer);
				})
				.onErrorResume(TimeoutException.class, (ex) -> send(response, 408,
						error("No message matching " + body + " was posted within " + timeout + " ms")));
		}).onErrorResume(IllegalArgumentException.class, (ex) -> send(response, 400, error(ex.getMessage())));
	}

	private Predicate<Message> predicate(JsonNode body) {
		List<Predicate<Message>> conditions = new ArrayList<>();
		String channel = text(body, "channel", null);
		if (channel != null) {
			String id = this.emulator.channel(channel).id();
			conditions.add((message) -> id.equals(message.channel()));
		}
		String user = text(body, "user", null);
		if (user != null) {
			String id = this.emulator.user(user).id();
			conditions.add((message) -> id.equals(message.user()));
		}
		String contains = text(body, "text_contains", null);
		if (contains != null) {
			conditions.add((message) -> message.text() != null && message.text().contains(contains));
		}
		String threadTs = text(body, "thread_ts", null);
		if (threadTs != null) {
			conditions.add((message) -> threadTs.equals(message.threadTs()));
		}
		if (body.has("from_bot")) {
			boolean fromBot = body.path("from_bot").asBoolean();
			conditions.add((message) -> (message.botId() != null) == fromBot);
		}
		return (message) -> conditions.stream().allMatch((condition) -> condition.test(message));
	}

	private ObjectNode react(JsonNode body) {
		this.emulator.react(text(body, "user", SlackEmulator.DEFAULT_USER_ID), required(body, "channel"),
				required(body, "ts"), required(body, "name"));
		return ok();
	}

	private ObjectNode typing(JsonNode body) {
		this.emulator.typing(text(body, "user", SlackEmulator.DEFAULT_USER_ID), required(body, "channel"));
		return ok();
	}

	private ObjectNode createChannel(JsonNode body) {
		List<String> members = new ArrayList<>();
		body.path("members").forEach((member) -> members.add(member.asString()));
		if (members.isEmpty()) {
			members.add(SlackEmulator.DEFAULT_USER_ID);
		}
		EmulatedChannel channel = this.emulator.createChannel(required(body, "name"),
				body.path("is_private").asBoolean(false), members.toArray(String[]::new));
		ObjectNode answer = ok();
		answer.set("channel", channel(channel));
		return answer;
	}

	private ObjectNode emit(JsonNode body) {
		this.emulator.emit(this.mapper.writeValueAsString(body));
		return ok();
	}

	private ObjectNode rateLimits(JsonNode body) {
		this.emulator.rateLimits(body.path("enabled").asBoolean(true));
		return ok();
	}

	private ObjectNode failNext(JsonNode body) {
		int count = body.path("count").asInt(1);
		int status = body.path("status").asInt(503);
		this.emulator.failNextCalls(count, status);
		logger.debug("The next " + count + " Web API calls will be answered with HTTP " + status);
		return ok();
	}

	private JsonNode toJson(Message message) {
		return this.mapper.valueToTree(message);
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
