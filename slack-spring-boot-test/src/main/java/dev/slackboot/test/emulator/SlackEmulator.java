package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import dev.slackboot.model.Message;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Slack server for tests and local runs: a workspace in memory, served over Slack's own protocols, so
 * that a bot (or Slack's own SDKs) runs against it unchanged.
 * <ul>
 * <li><b>Web API</b> at {@link #baseUrl()}: the methods bots use, with Slack's envelope and errors, bot and
 * app-level tokens with scopes, cursor pagination and, once {@link Builder#rateLimits(boolean) enabled}, Slack's
 * rate limits.</li>
 * <li><b>RTM</b>: {@code rtm.connect} hands out single-use socket URLs on which the workspace's events are
 * pushed.</li>
 * <li><b>Socket Mode</b>: {@code apps.connections.open} (app-level token) hands out single-use URLs on which the
 * app's events arrive as {@code events_api} envelopes, redelivered until acknowledged, spread over up to 10
 * connections; slash commands and interactions can be sent too.</li>
 * <li><b>Events API</b>: once an {@linkplain Builder#eventsRequestUrl(String) request URL} is set, the app's events
 * are POSTed to it, signed with the {@linkplain #signingSecret() signing secret}, and retried as Slack does.</li>
 * <li><b>Control API</b>: this class's methods, and the same as JSON over HTTP under {@code /_emulator/} for
 * programs in other languages: post as a user, react, emit any event, read and await messages, inject
 * faults.</li>
 * </ul>
 * The workspace holds the bot ({@value #BOT_USER_ID}), three people (alice, who is the {@linkplain #defaultUser()
 * default user}, bob and carol), the channels {@code #general} and {@code #random} with the bot as member, the
 * private {@code #secret-project} with the bot and alice, {@code #watercooler} without the bot, and a direct
 * message between the bot and alice.
 *
 * <pre class="code">
 * try (SlackEmulator slack = SlackEmulator.create().start()) {
 *     SlackWebClient client = SlackWebClient.builder().baseUrl(slack.baseUrl()).token(slack.botToken()).build();
 *     slack.postAsUser("general", "hello");
 *     Message answer = slack.awaitMessage((m) -&gt; m.botId() != null, Duration.ofSeconds(5));
 * }
 * </pre>
 *
 * An emulator starts once; it is thread-safe.
 */
public final class SlackEmulator implements AutoCloseable {

	/**
	 * The default bot token.
	 */
	public static final String DEFAULT_BOT_TOKEN = "xoxb-emulator-bot";

	/**
	 * The default app-level token.
	 */
	public static final String DEFAULT_APP_TOKEN = "xapp-emulator-app";

	/**
	 * The default secret the Events API requests to the app are signed with.
	 */
	public static final String DEFAULT_SIGNING_SECRET = "emulator-signing-secret";

	/**
	 * The ID of the emulated team.
	 */
	public static final String TEAM_ID = "T0EMULATOR";

	/**
	 * The user ID of the bot.
	 */
	public static final String BOT_USER_ID = "U0EMUBOT";

	/**
	 * The bot ID of the bot.
	 */
	public static final String BOT_ID = "B0EMUBOT";

	/**
	 * The ID of the emulated app.
	 */
	public static final String APP_ID = "A0EMUAPP";

	/**
	 * The ID of the default user, alice.
	 */
	public static final String DEFAULT_USER_ID = "U0ALICE";

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(10);

	private final String host;

	private final int requestedPort;

	private final String botToken;

	private final String appToken;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Workspace workspace;

	private final WebApiFaults faults = new WebApiFaults();

	private final RateLimiter rateLimiter;

	private final RtmEndpoint rtm;

	private final ChatApi chat;

	private final AppEvents appEvents;

	private final SlashCommandJson slashCommands;

	private final SocketModeEndpoint socketMode;

	private final EventsApiDelivery eventsApi;

	private final String signingSecret;

	private final List<EmulatorEndpoint> endpoints;

	private volatile @Nullable DisposableServer server;

	private volatile boolean stopped;

	private SlackEmulator(Builder builder) {
		this.host = builder.host;
		this.requestedPort = builder.port;
		this.botToken = builder.botToken;
		this.appToken = builder.appToken;
		this.rateLimiter = new RateLimiter(builder.rateLimits);
		this.workspace = Workspace.standard(new IdGenerator(), this.mapper, this::rootUrlOrDefault);
		Map<String, TokenGrant> grants = new LinkedHashMap<>();
		builder.tokens.forEach((token, scopes) -> grants.put(token,
				new TokenGrant(token, TokenGrant.Kind.BOT, BOT_USER_ID, scopes)));
		grants.put(this.botToken, new TokenGrant(this.botToken, TokenGrant.Kind.BOT, BOT_USER_ID, builder.botScopes));
		grants.put(this.appToken,
				new TokenGrant(this.appToken, TokenGrant.Kind.APP, null, ScopeRequirements.DEFAULT_APP_SCOPES));
		EmulatorTokens tokens = new EmulatorTokens(grants);
		WebApiMethods methods = new WebApiMethods();
		SocketTickets rtmTickets = new SocketTickets();
		this.chat = new ChatApi(this.workspace);
		this.chat.register(methods);
		new TeamApi(this.workspace).register(methods);
		new ConversationsApi(this.workspace).register(methods);
		new UsersApi(this.workspace).register(methods);
		new ReactionsApi(this.workspace).register(methods);
		new PinsApi(this.workspace).register(methods);
		new ViewsApi(this.workspace).register(methods);
		new FilesApi(this.workspace).register(methods);
		new RtmApi(this.workspace, rtmTickets).register(methods);
		SocketTickets socketModeTickets = new SocketTickets();
		new AppsApi(this.workspace, socketModeTickets).register(methods);
		this.appEvents = new AppEvents(this.workspace, this.mapper);
		this.slashCommands = new SlashCommandJson(this.workspace, this.mapper);
		this.socketMode = new SocketModeEndpoint(this.appEvents, APP_ID, socketModeTickets, this.mapper,
				builder.ackTimeout, builder.socketModeRefreshInterval);
		this.signingSecret = builder.signingSecret;
		this.eventsApi = new EventsApiDelivery(this.appEvents, this.mapper, this.signingSecret,
				builder.eventsRequestUrl, builder.ackTimeout);
		this.rtm = new RtmEndpoint(this.workspace, rtmTickets, this.mapper);
		this.endpoints = List.of(
				new WebApiEndpoint(this.workspace, tokens, methods, this.rateLimiter, this.faults, this.mapper),
				this.rtm, new FileUploadEndpoint(this.workspace, tokens), new ControlApiEndpoint(this, this.mapper),
				this.socketMode, this.eventsApi, new TransportControlEndpoint(this, this.mapper),
				new WebPageEndpoint(this.workspace, this.mapper));
	}

	/**
	 * Returns a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns an emulator with the defaults: a free port on {@code 127.0.0.1}, the default tokens, no rate
	 * limits.
	 * @return the emulator, not started
	 */
	public static SlackEmulator create() {
		return builder().build();
	}

	/**
	 * Starts serving.
	 * @return this emulator
	 * @throws IllegalStateException when it was stopped
	 */
	public synchronized SlackEmulator start() {
		if (this.stopped) {
			throw new IllegalStateException("A stopped SlackEmulator cannot start again; create a new one");
		}
		if (this.server == null) {
			this.server = HttpServer.create()
				.host(this.host)
				.port(this.requestedPort)
				.route((routes) -> this.endpoints.forEach((endpoint) -> endpoint.addRoutes(routes)))
				.bindNow(Duration.ofSeconds(10));
			logger.info("Slack emulator serving the Web API at " + baseUrl() + " (control API at " + rootUrl()
					+ "_emulator/)");
		}
		return this;
	}

	/**
	 * Stops serving: drops the sockets, cancels scheduled messages and closes the port.
	 */
	public synchronized void stop() {
		this.stopped = true;
		DisposableServer running = this.server;
		if (running == null) {
			return;
		}
		this.endpoints.forEach(EmulatorEndpoint::stop);
		this.chat.stop();
		running.disposeNow(Duration.ofSeconds(5));
		this.server = null;
		logger.info("Slack emulator stopped");
	}

	/**
	 * Stops the emulator, as {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the emulator serves.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Returns the port the emulator listens on.
	 * @return the port
	 * @throws IllegalStateException before {@link #start()}
	 */
	public int port() {
		DisposableServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("The SlackEmulator is not running; call start() first");
		}
		return running.port();
	}

	/**
	 * Returns the emulator's root URL, e.g. {@code http://127.0.0.1:54321/}.
	 * @return the URL
	 */
	public String rootUrl() {
		return "http://" + urlHost() + ":" + port() + "/";
	}

	/**
	 * Returns the Web API base URL, e.g. {@code http://127.0.0.1:54321/api/}, for
	 * {@code SlackWebClient.builder().baseUrl(...)} or the Java SDK's {@code methodsEndpointUrlPrefix}.
	 * @return the URL
	 */
	public String baseUrl() {
		return rootUrl() + "api/";
	}

	/**
	 * Returns the address of the web page for people, e.g. {@code http://127.0.0.1:54321/}: the conversations,
	 * their messages as they are posted (the bot's answers included) and a box to post as a user.
	 * @return the URL
	 */
	public String pageUrl() {
		return rootUrl();
	}

	private String rootUrlOrDefault() {
		DisposableServer running = this.server;
		return "http://" + urlHost() + ":" + ((running != null) ? running.port() : this.requestedPort) + "/";
	}

	private String urlHost() {
		return "0.0.0.0".equals(this.host) ? "127.0.0.1" : this.host;
	}

	/**
	 * Returns the bot token ({@code xoxb-}), with every scope the served methods need except
	 * {@code chat:write.public}, unless the builder said otherwise.
	 * @return the token
	 */
	public String botToken() {
		return this.botToken;
	}

	/**
	 * Returns the app-level token ({@code xapp-}).
	 * @return the token
	 */
	public String appToken() {
		return this.appToken;
	}

	/**
	 * Returns the team ID, {@value #TEAM_ID}.
	 * @return the team ID
	 */
	public String teamId() {
		return this.workspace.teamId();
	}

	/**
	 * Returns the team name.
	 * @return the name
	 */
	public String teamName() {
		return this.workspace.teamName();
	}

	/**
	 * Returns the bot user, whose {@link EmulatedUser#botId() bot ID} is {@value #BOT_ID}.
	 * @return the bot
	 */
	public EmulatedUser bot() {
		return this.workspace.bot();
	}

	/**
	 * Returns the user the control API acts as when no user is named: alice, {@value #DEFAULT_USER_ID}.
	 * @return the user
	 */
	public EmulatedUser defaultUser() {
		return user(DEFAULT_USER_ID);
	}

	/**
	 * Returns the workspace's users, the bot first.
	 * @return the users
	 */
	public List<EmulatedUser> users() {
		return this.workspace.users();
	}

	/**
	 * Returns a user.
	 * @param idOrName an ID ({@code U0BOB}) or name ({@code bob}, {@code @bob})
	 * @return the user
	 * @throws IllegalArgumentException for an unknown user
	 */
	public EmulatedUser user(String idOrName) {
		EmulatedUser user = this.workspace.findUser(idOrName);
		if (user == null) {
			throw new IllegalArgumentException("No user '" + idOrName + "' in the emulated workspace; its users are "
					+ this.workspace.users().stream().map(EmulatedUser::name).toList());
		}
		return user;
	}

	/**
	 * Returns the workspace's conversations, direct messages included.
	 * @return the conversations
	 */
	public List<EmulatedChannel> channels() {
		return this.workspace.locked(() -> this.workspace.channels().stream().map(WorkspaceChannel::snapshot).toList());
	}

	/**
	 * Returns a conversation.
	 * @param idOrName an ID ({@code C0GENERAL}) or channel name ({@code general}, {@code #general})
	 * @return the conversation
	 * @throws IllegalArgumentException for an unknown conversation
	 */
	public EmulatedChannel channel(String idOrName) {
		return this.workspace.locked(() -> findChannel(idOrName).snapshot());
	}

	/**
	 * Creates a channel, announced with {@code channel_created} (public) or {@code group_joined} (private).
	 * @param name the name, without {@code #}
	 * @param isPrivate whether it is private
	 * @param members the members (IDs or names); the first one creates it; the bot is a member only if listed
	 * @return the channel
	 */
	public EmulatedChannel createChannel(String name, boolean isPrivate, String... members) {
		if (members.length == 0) {
			throw new IllegalArgumentException("A channel needs at least one member, its creator");
		}
		Set<String> ids = new LinkedHashSet<>();
		Arrays.stream(members).forEach((member) -> ids.add(user(member).id()));
		return this.workspace.locked(() -> {
			if (this.workspace.channel(name) != null) {
				throw new IllegalArgumentException("A channel named '" + name + "' already exists");
			}
			String creator = ids.iterator().next();
			return this.workspace.createChannel(name, isPrivate, creator, ids).snapshot();
		});
	}

	/**
	 * Posts a message as the {@linkplain #defaultUser() default user}, pushed to RTM like any message.
	 * @param channel the conversation: an ID or channel name, or a user (ID or {@code @name}) for the direct
	 * message with them
	 * @param text the text
	 * @return the stored message
	 */
	public Message postAsUser(String channel, String text) {
		return postAsUser(DEFAULT_USER_ID, channel, text);
	}

	/**
	 * Posts a message as a user, pushed to RTM like any message.
	 * @param user the author (ID or name)
	 * @param channel the conversation: an ID or channel name, or a user (ID or {@code @name}) for the direct
	 * message with them
	 * @param text the text
	 * @return the stored message
	 * @throws IllegalArgumentException when the user or conversation is unknown or the user is not a member
	 */
	public Message postAsUser(String user, String channel, String text) {
		return post(user, channel, null, text);
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
		return post(user, channel, threadTs, text);
	}

	private Message post(String user, String channel, @Nullable String threadTs, String text) {
		String author = user(user).id();
		return this.workspace.locked(() -> {
			WorkspaceChannel target = conversationFor(author, channel);
			if (!target.isMember(author)) {
				throw new IllegalArgumentException(
						user + " is not a member of " + channel + "; its members are " + target.members());
			}
			String thread = null;
			if (threadTs != null) {
				WorkspaceMessage parent = findMessage(target, threadTs);
				thread = parent.isReply() ? parent.threadTs() : parent.ts();
			}
			String threadOf = thread;
			WorkspaceMessage message = this.workspace.post(target, author,
					(draft) -> draft.text(text).threadTs(threadOf));
			return this.workspace.toMessage(target, message);
		});
	}

	private WorkspaceChannel conversationFor(String author, String channel) {
		WorkspaceChannel target = this.workspace.channel(channel);
		if (target != null) {
			return target;
		}
		EmulatedUser other = this.workspace.findUser(channel);
		if (other != null) {
			return this.workspace.openIm(author, other.id());
		}
		return findChannel(channel);
	}

	/**
	 * Adds a reaction to a message as a user, announced with {@code reaction_added}.
	 * @param user who reacts (ID or name)
	 * @param channel the message's conversation (ID or name)
	 * @param ts the message's timestamp
	 * @param name the emoji name, without colons
	 * @throws IllegalArgumentException when the message is unknown or the user already reacted so
	 */
	public void react(String user, String channel, String ts, String name) {
		String reactor = user(user).id();
		this.workspace.locked(() -> {
			WorkspaceChannel target = findChannel(channel);
			if (!this.workspace.addReaction(target, findMessage(target, ts), reactor, name)) {
				throw new IllegalArgumentException(user + " already reacted with :" + name + ": to " + ts);
			}
			return target;
		});
	}

	/**
	 * Shows a user typing in a conversation, announced with {@code user_typing} to its other members.
	 * @param user who types (ID or name)
	 * @param channel the conversation (ID or name)
	 */
	public void typing(String user, String channel) {
		String typist = user(user).id();
		this.workspace.locked(() -> {
			this.workspace.typing(findChannel(channel), typist);
			return typist;
		});
	}

	/**
	 * Pushes any event, unchanged, to every RTM connection, and to the app over Socket Mode and the Events API in
	 * an {@code event_callback} payload (unless it is an RTM-only type such as {@code hello}); nothing is stored.
	 * @param rawEventJson the event, e.g. a sample of Slack's, {@code {"type":"team_join",...}}
	 * @throws IllegalArgumentException when it is not a JSON object
	 */
	public void emit(String rawEventJson) {
		JsonNode event;
		try {
			event = this.mapper.readTree(rawEventJson);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The event is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (!(event instanceof ObjectNode object)) {
			throw new IllegalArgumentException("The event must be a JSON object");
		}
		this.workspace.emit(object);
	}

	/**
	 * Returns a conversation's messages, oldest first, thread replies included, each naming its channel.
	 * @param channel the conversation (ID or name)
	 * @return the messages
	 */
	public List<Message> messages(String channel) {
		return this.workspace.locked(() -> this.workspace.messages(findChannel(channel)));
	}

	/**
	 * Waits up to 10 seconds for a message, as {@link #awaitMessage(Predicate, Duration)}.
	 * @param predicate what the message must match
	 * @return the message
	 */
	public Message awaitMessage(Predicate<Message> predicate) {
		return awaitMessage(predicate, DEFAULT_AWAIT_TIMEOUT);
	}

	/**
	 * Returns the first stored message, in any conversation, that matches a predicate, waiting for one to be
	 * posted when none matches yet. Messages carry their {@code channel}; the bot's have a {@code botId}.
	 * @param predicate what the message must match, e.g. {@code m -> m.botId() != null}
	 * @param timeout how long to wait
	 * @return the message
	 * @throws AssertionError when no message matched in time, listing the latest messages
	 */
	public Message awaitMessage(Predicate<Message> predicate, Duration timeout) {
		CompletableFuture<Message> future = nextMessage(predicate).toFuture();
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new AssertionError("No message matching the predicate was posted within " + timeout.toMillis()
					+ " ms; the latest messages (channel ts user: text) are " + this.workspace.describeLatest(10));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Waiting for a message failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a message", ex);
		}
	}

	/**
	 * Returns the first stored message matching a predicate, or the next one posted.
	 * @param predicate what the message must match
	 * @return the message; cancelling ends the wait
	 */
	Mono<Message> nextMessage(Predicate<Message> predicate) {
		return Mono.defer(() -> this.workspace.awaitMessage(predicate));
	}

	/**
	 * Returns the bytes uploaded for a file.
	 * @param fileId the file ID returned by {@code files.getUploadURLExternal}
	 * @return the bytes
	 * @throws IllegalArgumentException when no bytes were uploaded for it
	 */
	public byte[] fileContent(String fileId) {
		byte[] content = this.workspace.locked(() -> {
			WorkspaceFile file = this.workspace.file(fileId);
			return (file != null) ? file.content() : null;
		});
		if (content == null) {
			throw new IllegalArgumentException("No bytes were uploaded for file " + fileId);
		}
		return content.clone();
	}

	/**
	 * Returns the number of open RTM connections.
	 * @return the count
	 */
	public int rtmConnections() {
		return this.rtm.connections();
	}

	/**
	 * Turns Slack's rate limits on or off (see {@link Builder#rateLimits(boolean)}).
	 * @param enabled {@code true} to answer calls over the limits with HTTP 429
	 */
	public void rateLimits(boolean enabled) {
		this.rateLimiter.enabled(enabled);
	}

	/**
	 * Answers the next Web API calls with an HTTP error instead of serving them: {@code 429} with
	 * {@code Retry-After: 1} and {@code ratelimited}, or a 5xx status.
	 * @param count how many calls
	 * @param status the HTTP status
	 */
	public void failNextCalls(int count, int status) {
		if (count < 0 || status < 400 || status > 599) {
			throw new IllegalArgumentException("count must not be negative and status must be an HTTP error");
		}
		this.faults.failNext(count, status);
	}

	/**
	 * Drops every RTM connection without a close frame, as a network failure would.
	 */
	public void dropSockets() {
		this.rtm.dropSockets();
	}

	/**
	 * Sends {@code {"type":"goodbye"}} on every RTM connection; each is closed a second later unless the
	 * client closes it first.
	 */
	public void sendGoodbye() {
		this.rtm.sendGoodbye();
	}

	/**
	 * Stops or resumes answering RTM pings.
	 * @param stop {@code true} to leave pings unanswered
	 */
	public void stopAnsweringPings(boolean stop) {
		this.rtm.stopAnsweringPings(stop);
	}

	/**
	 * Sends a frame that is not valid JSON on every RTM connection.
	 */
	public void sendMalformedFrame() {
		this.rtm.sendMalformedFrame();
	}

	/**
	 * Returns the number of open Socket Mode connections, those told to disconnect included.
	 * @return the count
	 */
	public int socketModeConnections() {
		return this.socketMode.connections();
	}

	/**
	 * Sends {@code disconnect} with reason {@code refresh_requested} on every Socket Mode connection; each takes
	 * no new envelopes and is closed 10 seconds later unless the app closes it first.
	 */
	public void requestRefresh() {
		this.socketMode.disconnect("refresh_requested");
	}

	/**
	 * Sends {@code disconnect} with reason {@code warning} on every Socket Mode connection; each takes no new
	 * envelopes and is closed 10 seconds later unless the app closes it first.
	 */
	public void sendSocketModeWarning() {
		this.socketMode.disconnect("warning");
	}

	/**
	 * Drops every Socket Mode connection without a close frame, as a network failure would.
	 */
	public void dropSocketModeConnections() {
		this.socketMode.dropConnections();
	}

	/**
	 * Stops or resumes answering the WebSocket pings of Socket Mode connections.
	 * @param stop {@code true} to leave pings unanswered
	 */
	public void stopAnsweringSocketModePings(boolean stop) {
		this.socketMode.stopAnsweringPings(stop);
	}

	/**
	 * Sends an event to the app over Socket Mode only, as an {@code events_api} envelope, redelivered until
	 * acknowledged like any.
	 * @param rawEventJson an event, e.g. {@code {"type":"app_home_opened","user":"U0ALICE",...}}, wrapped in a new
	 * {@code event_callback} payload; or a whole {@code event_callback} payload (e.g. a sample of Slack's), sent as
	 * it is
	 * @return the envelope ID
	 * @throws IllegalArgumentException when it is not a JSON object
	 * @throws IllegalStateException when no Socket Mode connection is open
	 */
	public String emitSocketModeEvent(String rawEventJson) {
		ObjectNode callback = this.appEvents.toCallback(jsonObject(rawEventJson, "event"));
		return this.socketMode.send("events_api", callback, false);
	}

	/**
	 * Runs a slash command as a user: sends it to the app over Socket Mode as a {@code slash_commands} envelope,
	 * whose payload has the fields of Slack's form-encoded request; the app's answer is in the payload of its
	 * acknowledgement (see {@link #socketModeAcks()}). Slack does not redeliver slash commands.
	 * @param user who runs it (ID or name)
	 * @param channel where (ID or name, or a user for the direct message with them)
	 * @param command the command, e.g. {@code /weather}
	 * @param text what follows the command
	 * @return the envelope ID
	 * @throws IllegalArgumentException when the user or conversation is unknown or the user is not a member
	 * @throws IllegalStateException when no Socket Mode connection is open
	 */
	public String emitSlashCommand(String user, String channel, String command, String text) {
		EmulatedUser runner = user(user);
		ObjectNode payload = this.workspace.locked(() -> {
			WorkspaceChannel target = conversationFor(runner.id(), channel);
			if (!target.isMember(runner.id())) {
				throw new IllegalArgumentException(user + " is not a member of " + channel);
			}
			return this.slashCommands.payload(runner, target, command, text);
		});
		return this.socketMode.send("slash_commands", payload, true);
	}

	/**
	 * Sends an interaction to the app over Socket Mode as an {@code interactive} envelope, e.g. a
	 * {@code block_actions} payload for a button a user clicked; {@code view_submission} and
	 * {@code block_suggestion} ones accept a response payload. Slack does not redeliver interactions.
	 * @param payloadJson the payload, e.g. {@code {"type":"block_actions","user":{"id":"U0ALICE"},...}}
	 * @return the envelope ID
	 * @throws IllegalArgumentException when it is not a JSON object
	 * @throws IllegalStateException when no Socket Mode connection is open
	 */
	public String emitInteraction(String payloadJson) {
		ObjectNode payload = jsonObject(payloadJson, "interaction payload");
		String type = payload.path("type").asString("");
		boolean acceptsResponsePayload = Set.of("view_submission", "block_suggestion", "dialog_suggestion")
			.contains(type);
		return this.socketMode.send("interactive", payload, acceptsResponsePayload);
	}

	/**
	 * Returns what Socket Mode delivered: envelopes sent, acknowledged, redelivered, waiting and expired.
	 * @return the counts so far
	 */
	public SocketModeStats socketModeStats() {
		return this.socketMode.stats();
	}

	/**
	 * Returns the app's latest Socket Mode acknowledgements, with their payloads.
	 * @return up to the last 1000, oldest first
	 */
	public List<SocketModeAck> socketModeAcks() {
		return this.socketMode.acks();
	}

	/**
	 * Sets the deadline for the app's acknowledgement of a Socket Mode envelope and its answer to an Events API
	 * request, for those sent from now on (see {@link Builder#ackTimeout(Duration)}).
	 * @param ackTimeout the deadline, 3 seconds on Slack
	 */
	public void ackTimeout(Duration ackTimeout) {
		Duration timeout = Builder.requirePositive(ackTimeout, "ackTimeout");
		this.socketMode.ackTimeout(timeout);
		this.eventsApi.ackTimeout(timeout);
	}

	/**
	 * Sets the app's Events API request URL, to which every event the app receives is then POSTed, signed.
	 * @param requestUrl the URL, e.g. {@code http://localhost:8080/slack/events}; {@code null} to stop
	 */
	public void eventsRequestUrl(@Nullable String requestUrl) {
		this.eventsApi.requestUrl(requestUrl);
	}

	/**
	 * Returns the app's Events API request URL.
	 * @return the URL, or {@code null} when events are not sent over HTTP
	 */
	public @Nullable String eventsRequestUrl() {
		return this.eventsApi.requestUrl();
	}

	/**
	 * Returns the secret the Events API requests are signed with, {@value #DEFAULT_SIGNING_SECRET} unless the
	 * builder said otherwise.
	 * @return the signing secret
	 */
	public String signingSecret() {
		return this.signingSecret;
	}

	/**
	 * Sends a signed {@code url_verification} request to the request URL, as Slack does when the URL is entered,
	 * and checks that the app answers with the challenge (as text, JSON or form).
	 * @return the delivery; {@link EventDelivery#delivered()} tells whether the URL is verified
	 * @throws IllegalStateException when no request URL is set
	 */
	public EventDelivery verifyUrl() {
		return await(urlVerification(), "The url_verification request");
	}

	Mono<EventDelivery> urlVerification() {
		return Mono.defer(this.eventsApi::verifyUrl);
	}

	/**
	 * Sends an event to the request URL once, in a request that is not Slack's, for the app's tests that it is
	 * rejected (with 401) and never dispatched.
	 * @param rawEventJson an event, wrapped in a new {@code event_callback} payload, or a whole payload
	 * @param forgery what is wrong with the request
	 * @return the delivery, with the status the app answered
	 * @throws IllegalStateException when no request URL is set
	 */
	public EventDelivery sendForgedEvent(String rawEventJson, RequestForgery forgery) {
		return await(forgedEvent(rawEventJson, forgery), "The forged request");
	}

	Mono<EventDelivery> forgedEvent(String rawEventJson, RequestForgery forgery) {
		return Mono.defer(() -> this.eventsApi
			.sendForged(this.appEvents.toCallback(jsonObject(rawEventJson, "event")), forgery));
	}

	/**
	 * Returns the finished Events API deliveries: answered with a 2xx status, or given up after the last retry.
	 * @return up to the last 1000, oldest first
	 */
	public List<EventDelivery> eventDeliveries() {
		return this.eventsApi.deliveries();
	}

	/**
	 * Returns the first finished Events API delivery matching a predicate, waiting for one when none matches yet.
	 * @param predicate what the delivery must match, e.g. {@code d -> "message".equals(d.type())}
	 * @param timeout how long to wait
	 * @return the delivery
	 * @throws AssertionError when none finished in time
	 */
	public EventDelivery awaitEventDelivery(Predicate<EventDelivery> predicate, Duration timeout) {
		EventDelivery delivery = this.eventsApi.nextDelivery(predicate).timeout(timeout, Mono.empty()).block();
		if (delivery == null) {
			throw new AssertionError("No matching Events API delivery finished within " + timeout.toMillis()
					+ " ms; the finished ones are " + this.eventsApi.deliveries());
		}
		return delivery;
	}

	private static EventDelivery await(Mono<EventDelivery> delivery, String what) {
		EventDelivery finished = delivery.block(Duration.ofMinutes(1));
		if (finished == null) {
			throw new IllegalStateException(what + " did not finish");
		}
		return finished;
	}

	private ObjectNode jsonObject(String json, String what) {
		JsonNode node;
		try {
			node = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The " + what + " is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (!(node instanceof ObjectNode object)) {
			throw new IllegalArgumentException("The " + what + " must be a JSON object");
		}
		return object;
	}

	private WorkspaceChannel findChannel(String idOrName) {
		WorkspaceChannel channel = this.workspace.channel(idOrName);
		if (channel == null) {
			throw new IllegalArgumentException("No conversation '" + idOrName + "' in the emulated workspace; its "
					+ "channels are " + this.workspace.channels().stream().map(WorkspaceChannel::name)
						.filter((name) -> name != null)
						.toList());
		}
		return channel;
	}

	private static WorkspaceMessage findMessage(WorkspaceChannel channel, String ts) {
		WorkspaceMessage message = channel.message(ts);
		if (message == null) {
			throw new IllegalArgumentException("No message " + ts + " in " + channel.id());
		}
		return message;
	}

	@Override
	public String toString() {
		DisposableServer running = this.server;
		return "SlackEmulator[" + ((running != null) ? rootUrl() : "not running") + "]";
	}

	/**
	 * Builds a {@link SlackEmulator}.
	 */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private String botToken = DEFAULT_BOT_TOKEN;

		private String appToken = DEFAULT_APP_TOKEN;

		private Set<String> botScopes = ScopeRequirements.DEFAULT_BOT_SCOPES;

		private final Map<String, Set<String>> tokens = new LinkedHashMap<>();

		private boolean rateLimits;

		private Duration ackTimeout = SocketModeEnvelopes.DEFAULT_ACK_TIMEOUT;

		private @Nullable Duration socketModeRefreshInterval;

		private @Nullable String eventsRequestUrl;

		private String signingSecret = DEFAULT_SIGNING_SECRET;

		private Builder() {
		}

		/**
		 * Sets the address to listen on, {@code 127.0.0.1} by default.
		 * @param host the address
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = requireText(host, "host");
			return this;
		}

		/**
		 * Sets the port, 0 (a free one) by default.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535");
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the bot token, {@value SlackEmulator#DEFAULT_BOT_TOKEN} by default.
		 * @param botToken the token
		 * @return this builder
		 */
		public Builder botToken(String botToken) {
			this.botToken = requireText(botToken, "botToken");
			return this;
		}

		/**
		 * Sets the scopes of the bot token; by default every scope the served methods need except
		 * {@code chat:write.public}.
		 * @param scopes the scopes, e.g. {@code chat:write}
		 * @return this builder
		 */
		public Builder botScopes(Collection<String> scopes) {
			this.botScopes = Set.copyOf(scopes);
			return this;
		}

		/**
		 * Sets the app-level token, {@value SlackEmulator#DEFAULT_APP_TOKEN} by default.
		 * @param appToken the token
		 * @return this builder
		 */
		public Builder appToken(String appToken) {
			this.appToken = requireText(appToken, "appToken");
			return this;
		}

		/**
		 * Adds another bot token (acting as the same bot) with its own scopes, e.g. one without
		 * {@code chat:write} to see {@code missing_scope}.
		 * @param token the token
		 * @param scopes its scopes
		 * @return this builder
		 */
		public Builder token(String token, String... scopes) {
			this.tokens.put(requireText(token, "token"), Set.of(scopes));
			return this;
		}

		/**
		 * Sets whether Slack's rate limits apply, off by default: per token and method, the calls per minute of
		 * the method's tier (1, 20, 50 or 100) and one {@code chat.postMessage} per second per channel, answered
		 * with HTTP 429, {@code ratelimited} and {@code Retry-After}.
		 * @param rateLimits {@code true} to apply them
		 * @return this builder
		 */
		public Builder rateLimits(boolean rateLimits) {
			this.rateLimits = rateLimits;
			return this;
		}

		/**
		 * Sets the deadline for the app's acknowledgement of a Socket Mode envelope and its answer to an Events
		 * API request, Slack's 3 seconds by default; past it, an event is sent again (up to 3 times). Tests shorten
		 * it to see redeliveries quickly.
		 * @param ackTimeout the deadline
		 * @return this builder
		 */
		public Builder ackTimeout(Duration ackTimeout) {
			this.ackTimeout = requirePositive(ackTimeout, "ackTimeout");
			return this;
		}

		/**
		 * Sets how long after it opened each Socket Mode connection is sent {@code disconnect}
		 * {@code refresh_requested}, as Slack does every few hours; never by default.
		 * @param interval the interval
		 * @return this builder
		 */
		public Builder socketModeRefreshInterval(Duration interval) {
			this.socketModeRefreshInterval = requirePositive(interval, "socketModeRefreshInterval");
			return this;
		}

		/**
		 * Sets the app's Events API request URL, to which every event the app receives is POSTed, signed; none by
		 * default.
		 * @param requestUrl the URL, e.g. {@code http://localhost:8080/slack/events}
		 * @return this builder
		 */
		public Builder eventsRequestUrl(String requestUrl) {
			this.eventsRequestUrl = requireText(requestUrl, "eventsRequestUrl");
			return this;
		}

		/**
		 * Sets the secret the Events API requests are signed with, {@value SlackEmulator#DEFAULT_SIGNING_SECRET}
		 * by default.
		 * @param signingSecret the secret
		 * @return this builder
		 */
		public Builder signingSecret(String signingSecret) {
			this.signingSecret = requireText(signingSecret, "signingSecret");
			return this;
		}

		/**
		 * Builds the emulator; {@link SlackEmulator#start()} starts it.
		 * @return the emulator
		 */
		public SlackEmulator build() {
			if (this.botToken.equals(this.appToken) || this.tokens.containsKey(this.appToken)) {
				throw new IllegalArgumentException("The app-level token must differ from the bot tokens");
			}
			return new SlackEmulator(this);
		}

		static Duration requirePositive(Duration value, String name) {
			if (value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

		private static String requireText(@Nullable String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be empty");
			}
			return value;
		}

	}

}
