package dev.slackboot.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.slackboot.model.Message;
import dev.slackboot.test.emulator.EmulatedChannel;
import dev.slackboot.test.emulator.SlackEmulator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of a Slack emulator's control API ({@code /_emulator/}, JSON over HTTP), for an emulator in another
 * process, such as a {@link SlackEmulatorContainer} or a Docker Compose service: the same operations as
 * {@link SlackEmulator}'s methods. A request the emulator refuses (an unknown user or channel, say) throws
 * {@link IllegalArgumentException} with the emulator's message; a wait that times out throws
 * {@link AssertionError}.
 *
 * <pre class="code">
 * SlackEmulatorControl slack = new SlackEmulatorControl("http://localhost:8080/");
 * slack.postAsUser("general", "hello");
 * Message answer = slack.awaitMessage((m) -&gt; m.channel("general").fromBot(true));
 * </pre>
 */
public final class SlackEmulatorControl {

	/**
	 * How long {@link #awaitMessage(Consumer)} waits unless the query says otherwise.
	 */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final String controlUrl;

	private final HttpClient http;

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * Creates a client of the emulator at the given root URL.
	 * @param rootUrl the emulator's root URL, e.g. {@code http://localhost:32768/}
	 */
	public SlackEmulatorControl(String rootUrl) {
		this.controlUrl = (rootUrl.endsWith("/") ? rootUrl : rootUrl + "/") + "_emulator/";
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Returns the workspace: the team, the bot, the users and the conversations.
	 * @return the workspace as the emulator describes it ({@code team}, {@code bot}, {@code users},
	 * {@code channels})
	 */
	public JsonNode workspace() {
		return send(HttpRequest.newBuilder(uri("workspace")).GET(), REQUEST_TIMEOUT);
	}

	/**
	 * Posts a message as the default user, alice.
	 * @param channel the conversation (ID or name, or a user for the direct message with them)
	 * @param text the text
	 * @return the stored message
	 */
	public Message postAsUser(String channel, String text) {
		return postAsUser(SlackEmulator.DEFAULT_USER_ID, channel, text);
	}

	/**
	 * Posts a message as a user.
	 * @param user the author (ID or name)
	 * @param channel the conversation (ID or name, or a user for the direct message with them)
	 * @param text the text
	 * @return the stored message
	 */
	public Message postAsUser(String user, String channel, String text) {
		ObjectNode body = this.mapper.createObjectNode().put("user", user).put("channel", channel).put("text", text);
		return message(post("messages", body));
	}

	/**
	 * Posts a reply in a thread as a user.
	 * @param user the author (ID or name)
	 * @param channel the conversation (ID or name)
	 * @param threadTs the timestamp of the thread's parent
	 * @param text the text
	 * @return the stored reply
	 */
	public Message replyAsUser(String user, String channel, String threadTs, String text) {
		ObjectNode body = this.mapper.createObjectNode()
			.put("user", user)
			.put("channel", channel)
			.put("thread_ts", threadTs)
			.put("text", text);
		return message(post("messages", body));
	}

	/**
	 * Returns a conversation's messages, oldest first, thread replies included.
	 * @param channel the conversation (ID or name)
	 * @return the messages
	 */
	public List<Message> messages(String channel) {
		JsonNode answer = send(HttpRequest.newBuilder(uri("messages?channel=" + encode(channel))).GET(),
				REQUEST_TIMEOUT);
		List<Message> messages = new ArrayList<>();
		answer.path("messages").forEach((message) -> messages.add(this.mapper.treeToValue(message, Message.class)));
		return messages;
	}

	/**
	 * Returns the first message, in any conversation, matching every given criterion, waiting for it to be posted
	 * when none matches yet.
	 * @param query the criteria, e.g. {@code (m) -> m.channel("general").fromBot(true).textContains("Hi")}
	 * @return the message
	 * @throws AssertionError when no message matched in time
	 */
	public Message awaitMessage(Consumer<MessageQuery> query) {
		MessageQuery criteria = new MessageQuery(this.mapper.createObjectNode());
		query.accept(criteria);
		Duration timeout = criteria.timeout;
		criteria.body.put("timeout_ms", timeout.toMillis());
		return message(send(request("messages/await", criteria.body), timeout.plus(REQUEST_TIMEOUT)));
	}

	/**
	 * Adds a reaction to a message as a user.
	 * @param user who reacts (ID or name)
	 * @param channel the message's conversation (ID or name)
	 * @param ts the message's timestamp
	 * @param name the emoji name, without colons
	 */
	public void react(String user, String channel, String ts, String name) {
		post("reactions", this.mapper.createObjectNode()
			.put("user", user)
			.put("channel", channel)
			.put("ts", ts)
			.put("name", name));
	}

	/**
	 * Creates a channel.
	 * @param name the name, without {@code #}
	 * @param isPrivate whether it is private
	 * @param members the members (IDs or names); the first one creates it; the bot is a member only if listed
	 * @return the channel
	 */
	public EmulatedChannel createChannel(String name, boolean isPrivate, String... members) {
		ObjectNode body = this.mapper.createObjectNode().put("name", name).put("is_private", isPrivate);
		for (String member : members) {
			body.withArray("members").add(member);
		}
		JsonNode channel = post("channels", body).path("channel");
		List<String> memberIds = new ArrayList<>();
		channel.path("members").forEach((member) -> memberIds.add(member.asString()));
		return new EmulatedChannel(channel.path("id").asString(), channel.path("name").asString(null),
				channel.path("is_private").asBoolean(), channel.path("is_im").asBoolean(),
				channel.path("is_mpim").asBoolean(), memberIds);
	}

	/**
	 * Pushes any event, unchanged, to the RTM connections, and to the app over Socket Mode and the Events API.
	 * @param eventJson the event, e.g. {@code {"type":"team_join",...}}
	 */
	public void emit(String eventJson) {
		JsonNode event;
		try {
			event = this.mapper.readTree(eventJson);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The event is not JSON: " + ex.getOriginalMessage(), ex);
		}
		post("events", event);
	}

	/**
	 * Turns Slack's rate limits on or off.
	 * @param enabled {@code true} to answer calls over the limits with HTTP 429
	 */
	public void rateLimits(boolean enabled) {
		post("rate-limits", this.mapper.createObjectNode().put("enabled", enabled));
	}

	/**
	 * Answers the next Web API calls with an HTTP error instead of serving them.
	 * @param count how many calls
	 * @param status the HTTP status, 429 or a 5xx one
	 */
	public void failNextCalls(int count, int status) {
		post("faults/fail-next-calls", this.mapper.createObjectNode().put("count", count).put("status", status));
	}

	/**
	 * Drops every RTM connection without a close frame, as a network failure would.
	 */
	public void dropSockets() {
		post("faults/drop-sockets", this.mapper.createObjectNode());
	}

	/**
	 * Sends {@code goodbye} on every RTM connection.
	 */
	public void sendGoodbye() {
		post("faults/goodbye", this.mapper.createObjectNode());
	}

	private JsonNode post(String path, JsonNode body) {
		return send(request(path, body), REQUEST_TIMEOUT);
	}

	private HttpRequest.Builder request(String path, JsonNode body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.mapper.writeValueAsString(body)));
	}

	private JsonNode send(HttpRequest.Builder request, Duration timeout) {
		HttpRequest built = request.timeout(timeout).build();
		HttpResponse<String> response;
		try {
			response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Slack emulator's control API did not answer " + built.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling " + built.uri(), ex);
		}
		JsonNode answer = parse(response);
		String error = answer.path("error").asString("");
		return switch (response.statusCode()) {
			case 200 -> answer;
			case 400 -> throw new IllegalArgumentException(error);
			case 408 -> throw new AssertionError(error);
			default -> throw new IllegalStateException("The Slack emulator answered " + built.uri() + " with HTTP "
					+ response.statusCode() + ": " + response.body());
		};
	}

	private JsonNode parse(HttpResponse<String> response) {
		try {
			return this.mapper.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The Slack emulator answered " + response.uri() + " with HTTP "
					+ response.statusCode() + " and no JSON: " + response.body(), ex);
		}
	}

	private Message message(JsonNode answer) {
		return this.mapper.treeToValue(answer.path("message"), Message.class);
	}

	private URI uri(String path) {
		return URI.create(this.controlUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * What {@link #awaitMessage(Consumer)} waits for: a message matching every criterion set.
	 */
	public static final class MessageQuery {

		private final ObjectNode body;

		private Duration timeout = DEFAULT_TIMEOUT;

		private MessageQuery(ObjectNode body) {
			this.body = body;
		}

		/**
		 * Matches messages in a conversation.
		 * @param channel the conversation (ID or name)
		 * @return this query
		 */
		public MessageQuery channel(String channel) {
			this.body.put("channel", channel);
			return this;
		}

		/**
		 * Matches messages of a user.
		 * @param user the author (ID or name)
		 * @return this query
		 */
		public MessageQuery user(String user) {
			this.body.put("user", user);
			return this;
		}

		/**
		 * Matches messages whose text contains the given text.
		 * @param text the text
		 * @return this query
		 */
		public MessageQuery textContains(String text) {
			this.body.put("text_contains", text);
			return this;
		}

		/**
		 * Matches replies in a thread.
		 * @param threadTs the timestamp of the thread's parent
		 * @return this query
		 */
		public MessageQuery threadTs(String threadTs) {
			this.body.put("thread_ts", threadTs);
			return this;
		}

		/**
		 * Matches the bot's messages, or only people's.
		 * @param fromBot {@code true} for messages a bot posted, {@code false} for the others
		 * @return this query
		 */
		public MessageQuery fromBot(boolean fromBot) {
			this.body.put("from_bot", fromBot);
			return this;
		}

		/**
		 * Sets how long to wait, {@link SlackEmulatorControl#DEFAULT_TIMEOUT} by default.
		 * @param timeout the timeout
		 * @return this query
		 */
		public MessageQuery timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		@Override
		public String toString() {
			return "MessageQuery" + this.body;
		}

	}

}
