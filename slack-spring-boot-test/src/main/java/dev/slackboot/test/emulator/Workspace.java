package dev.slackboot.test.emulator;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.slackboot.model.Message;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulated workspace: its team, users, conversations, messages and files, and the events its changes
 * cause. Every read and change runs under this object's lock, so a Web API call sees and leaves a consistent
 * workspace; listeners are told about changes under that lock, in order.
 */
final class Workspace {

	private final IdGenerator ids;

	private final JsonMapper mapper;

	private final WorkspaceJson json;

	private final EventJson events;

	private final Supplier<String> rootUrl;

	private final String teamId;

	private final String teamName;

	private final String teamDomain;

	private final String appId;

	private final long created = System.currentTimeMillis() / 1000;

	private final EmulatedUser bot;

	private final Map<String, EmulatedUser> users = new LinkedHashMap<>();

	private final Map<String, WorkspaceChannel> channels = new LinkedHashMap<>();

	private final Map<String, WorkspaceFile> files = new LinkedHashMap<>();

	private final List<Consumer<WorkspaceEvent>> listeners = new CopyOnWriteArrayList<>();

	private final MessageWaiters waiters = new MessageWaiters();

	private final SecureRandom random = new SecureRandom();

	private Workspace(IdGenerator ids, JsonMapper mapper, Supplier<String> rootUrl, String teamId, String teamName,
			String teamDomain, String appId, EmulatedUser bot) {
		this.ids = ids;
		this.mapper = mapper;
		this.json = new WorkspaceJson(this, mapper);
		this.events = new EventJson(this, this.json);
		this.rootUrl = rootUrl;
		this.teamId = teamId;
		this.teamName = teamName;
		this.teamDomain = teamDomain;
		this.appId = appId;
		this.bot = bot;
		this.users.put(bot.id(), bot);
	}

	/**
	 * Creates the standard workspace: the bot, three people (alice, bob and carol), {@code #general} and
	 * {@code #random} with the bot as member, the private {@code #secret-project} with the bot and alice,
	 * {@code #watercooler} without the bot, and a direct message between the bot and alice.
	 * @param ids the ID generator
	 * @param mapper the JSON mapper
	 * @param rootUrl the emulator's root URL, for permalinks and file URLs
	 * @return the workspace
	 */
	static Workspace standard(IdGenerator ids, JsonMapper mapper, Supplier<String> rootUrl) {
		EmulatedUser bot = new EmulatedUser(SlackEmulator.BOT_USER_ID, "emulator-bot", "Emulator Bot", null,
				SlackEmulator.BOT_ID);
		Workspace workspace = new Workspace(ids, mapper, rootUrl, SlackEmulator.TEAM_ID, "Emulated Workspace",
				"emulator", SlackEmulator.APP_ID, bot);
		EmulatedUser alice = workspace.addUser(new EmulatedUser("U0ALICE", "alice", "Alice Archer",
				"alice@example.com", null));
		EmulatedUser bob = workspace.addUser(new EmulatedUser("U0BOB", "bob", "Bob Baker", "bob@example.com", null));
		EmulatedUser carol = workspace.addUser(new EmulatedUser("U0CAROL", "carol", "Carol Clark",
				"carol@example.com", null));
		workspace.addChannel(new WorkspaceChannel("C0GENERAL", "general", WorkspaceChannel.Kind.PUBLIC,
				workspace.created, alice.id(), true, List.of(bot.id(), alice.id(), bob.id(), carol.id())));
		workspace.addChannel(new WorkspaceChannel("C0RANDOM", "random", WorkspaceChannel.Kind.PUBLIC,
				workspace.created, alice.id(), false, List.of(bot.id(), alice.id(), bob.id())));
		workspace.addChannel(new WorkspaceChannel("C0PRIVATE", "secret-project", WorkspaceChannel.Kind.PRIVATE,
				workspace.created, alice.id(), false, List.of(bot.id(), alice.id())));
		workspace.addChannel(new WorkspaceChannel("C0NOBOT", "watercooler", WorkspaceChannel.Kind.PUBLIC,
				workspace.created, bob.id(), false, List.of(alice.id(), bob.id(), carol.id())));
		workspace.addChannel(new WorkspaceChannel("D0ALICE", null, WorkspaceChannel.Kind.IM, workspace.created,
				alice.id(), false, List.of(bot.id(), alice.id())));
		return workspace;
	}

	private EmulatedUser addUser(EmulatedUser user) {
		this.users.put(user.id(), user);
		return user;
	}

	private void addChannel(WorkspaceChannel channel) {
		this.channels.put(channel.id(), channel);
	}

	WorkspaceJson json() {
		return this.json;
	}

	IdGenerator ids() {
		return this.ids;
	}

	String rootUrl() {
		return this.rootUrl.get();
	}

	String teamId() {
		return this.teamId;
	}

	String teamName() {
		return this.teamName;
	}

	String teamDomain() {
		return this.teamDomain;
	}

	String appId() {
		return this.appId;
	}

	long created() {
		return this.created;
	}

	EmulatedUser bot() {
		return this.bot;
	}

	/**
	 * Tells a listener about every later change.
	 * @param listener the listener, called under the workspace's lock; it must not block
	 */
	void addListener(Consumer<WorkspaceEvent> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Runs an action under the workspace's lock.
	 * @param action the action
	 * @return its result
	 */
	synchronized <T> T locked(Supplier<T> action) {
		return action.get();
	}

	synchronized List<EmulatedUser> users() {
		return List.copyOf(this.users.values());
	}

	synchronized @Nullable EmulatedUser user(String id) {
		return this.users.get(id);
	}

	/**
	 * Finds a user by ID or name.
	 * @param idOrName an ID ({@code U0ALICE}) or a name ({@code alice}, {@code @alice})
	 * @return the user, or {@code null}
	 */
	synchronized @Nullable EmulatedUser findUser(String idOrName) {
		EmulatedUser user = this.users.get(idOrName);
		if (user != null) {
			return user;
		}
		String name = idOrName.startsWith("@") ? idOrName.substring(1) : idOrName;
		return this.users.values().stream().filter((candidate) -> candidate.name().equals(name)).findFirst().orElse(null);
	}

	synchronized @Nullable EmulatedUser userByEmail(String email) {
		return this.users.values()
			.stream()
			.filter((user) -> email.equalsIgnoreCase(user.email()))
			.findFirst()
			.orElse(null);
	}

	synchronized List<WorkspaceChannel> channels() {
		return List.copyOf(this.channels.values());
	}

	/**
	 * Finds a conversation by ID or channel name.
	 * @param idOrName an ID ({@code C0GENERAL}) or a name ({@code general}, {@code #general})
	 * @return the conversation, or {@code null}
	 */
	synchronized @Nullable WorkspaceChannel channel(String idOrName) {
		WorkspaceChannel channel = this.channels.get(idOrName);
		if (channel != null) {
			return channel;
		}
		String name = idOrName.startsWith("#") ? idOrName.substring(1) : idOrName;
		return this.channels.values()
			.stream()
			.filter((candidate) -> name.equals(candidate.name()))
			.findFirst()
			.orElse(null);
	}

	synchronized @Nullable WorkspaceFile file(String id) {
		return this.files.get(id);
	}

	/**
	 * Creates a channel and announces it with {@code channel_created} (public channels) or
	 * {@code group_joined} (private channels, to their members).
	 * @param name the name
	 * @param isPrivate whether it is private
	 * @param creator the creating user, a member
	 * @param members further members
	 * @return the channel
	 */
	synchronized WorkspaceChannel createChannel(String name, boolean isPrivate, String creator,
			Collection<String> members) {
		Set<String> all = new LinkedHashSet<>();
		all.add(creator);
		all.addAll(members);
		WorkspaceChannel channel = new WorkspaceChannel(this.ids.nextId('C'), name,
				isPrivate ? WorkspaceChannel.Kind.PRIVATE : WorkspaceChannel.Kind.PUBLIC, now(), creator, false, all);
		addChannel(channel);
		if (isPrivate) {
			publish(this.events.groupJoined(channel), channel.id(), Set.copyOf(channel.members()));
		}
		else {
			publish(this.events.channelCreated(channel), null, null);
		}
		return channel;
	}

	/**
	 * Finds the direct message between two users.
	 * @param self one user
	 * @param other the other user
	 * @return the direct message, or {@code null} when it was never opened
	 */
	synchronized @Nullable WorkspaceChannel findIm(String self, String other) {
		for (WorkspaceChannel channel : this.channels.values()) {
			if (channel.kind() == WorkspaceChannel.Kind.IM && channel.isMember(self) && channel.isMember(other)
					&& channel.members().size() == (self.equals(other) ? 1 : 2)) {
				return channel;
			}
		}
		return null;
	}

	/**
	 * Returns the direct message between two users, opening it when needed.
	 * @param self the user asking
	 * @param other the other user
	 * @return the direct message
	 */
	synchronized WorkspaceChannel openIm(String self, String other) {
		WorkspaceChannel existing = findIm(self, other);
		if (existing != null) {
			return existing;
		}
		WorkspaceChannel channel = new WorkspaceChannel(this.ids.nextId('D'), null, WorkspaceChannel.Kind.IM, now(),
				self, false, List.of(self, other));
		addChannel(channel);
		return channel;
	}

	/**
	 * Finds the group direct message between users.
	 * @param members the users, the one asking included
	 * @return the group direct message, or {@code null} when it was never opened
	 */
	synchronized @Nullable WorkspaceChannel findMpim(Collection<String> members) {
		Set<String> wanted = new HashSet<>(members);
		for (WorkspaceChannel channel : this.channels.values()) {
			if (channel.kind() == WorkspaceChannel.Kind.MPIM && new HashSet<>(channel.members()).equals(wanted)) {
				return channel;
			}
		}
		return null;
	}

	/**
	 * Returns the group direct message between users, opening it when needed.
	 * @param members the users, the one asking included
	 * @return the group direct message
	 */
	synchronized WorkspaceChannel openMpim(Collection<String> members) {
		WorkspaceChannel existing = findMpim(members);
		if (existing != null) {
			return existing;
		}
		List<String> names = members.stream().map((id) -> this.users.get(id)).filter((user) -> user != null)
			.map(EmulatedUser::name)
			.toList();
		String name = "mpdm-" + String.join("--", names) + "-1";
		WorkspaceChannel channel = new WorkspaceChannel(this.ids.nextId('C'), name, WorkspaceChannel.Kind.MPIM, now(),
				members.iterator().next(), false, members);
		addChannel(channel);
		return channel;
	}

	/**
	 * Stores a message and announces it with a {@code message} event to the conversation's members.
	 * @param channel the conversation
	 * @param user the author
	 * @param content fills in the message (text, thread, blocks, ...)
	 * @return the stored message
	 */
	synchronized WorkspaceMessage post(WorkspaceChannel channel, String user, Consumer<WorkspaceMessage> content) {
		EmulatedUser author = this.users.get(user);
		WorkspaceMessage message = new WorkspaceMessage(channel.id(), this.ids.nextTs(), user,
				(author != null) ? author.botId() : null);
		if (author != null && !author.isBot()) {
			message.clientMsgId(UUID.randomUUID().toString());
		}
		content.accept(message);
		channel.messages().add(message);
		publish(this.json.messageEvent(channel, message), channel.id(), Set.copyOf(channel.members()));
		if (this.waiters.isWaiting()) {
			this.waiters.offer(toMessage(channel, message));
		}
		return message;
	}

	/**
	 * Changes a message and announces it with a {@code message_changed} event.
	 * @param channel the conversation
	 * @param message the message
	 * @param editor who changes it
	 * @param changes the changes
	 */
	synchronized void update(WorkspaceChannel channel, WorkspaceMessage message, String editor,
			Consumer<WorkspaceMessage> changes) {
		ObjectNode previous = this.json.message(channel, message);
		changes.accept(message);
		String eventTs = this.ids.nextTs();
		message.edited(editor, eventTs);
		publish(this.events.messageChanged(channel, message, previous, eventTs), channel.id(),
				Set.copyOf(channel.members()));
	}

	/**
	 * Deletes a message and announces it with a {@code message_deleted} event.
	 * @param channel the conversation
	 * @param message the message
	 */
	synchronized void delete(WorkspaceChannel channel, WorkspaceMessage message) {
		ObjectNode previous = this.json.message(channel, message);
		channel.messages().remove(message);
		channel.pins().remove(message.ts());
		publish(this.events.messageDeleted(channel, previous), channel.id(), Set.copyOf(channel.members()));
	}

	/**
	 * Adds a reaction and announces it with {@code reaction_added}.
	 * @param channel the conversation
	 * @param message the message
	 * @param user who reacts
	 * @param name the emoji name
	 * @return {@code false} when the user already reacted so
	 */
	synchronized boolean addReaction(WorkspaceChannel channel, WorkspaceMessage message, String user, String name) {
		List<String> reactors = message.reactions().computeIfAbsent(name, (key) -> new ArrayList<>());
		if (reactors.contains(user)) {
			return false;
		}
		reactors.add(user);
		publish(this.events.reaction("reaction_added", channel, message, user, name), channel.id(),
				Set.copyOf(channel.members()));
		return true;
	}

	/**
	 * Removes a reaction and announces it with {@code reaction_removed}.
	 * @param channel the conversation
	 * @param message the message
	 * @param user who reacted
	 * @param name the emoji name
	 * @return {@code false} when the user had not reacted so
	 */
	synchronized boolean removeReaction(WorkspaceChannel channel, WorkspaceMessage message, String user,
			String name) {
		List<String> reactors = message.reactions().get(name);
		if (reactors == null || !reactors.remove(user)) {
			return false;
		}
		if (reactors.isEmpty()) {
			message.reactions().remove(name);
		}
		publish(this.events.reaction("reaction_removed", channel, message, user, name), channel.id(),
				Set.copyOf(channel.members()));
		return true;
	}

	/**
	 * Pins a message and announces it with {@code pin_added}.
	 * @param channel the conversation
	 * @param message the message
	 * @param user who pins it
	 * @return {@code false} when it was already pinned
	 */
	synchronized boolean pin(WorkspaceChannel channel, WorkspaceMessage message, String user) {
		if (channel.pins().containsKey(message.ts())) {
			return false;
		}
		WorkspaceChannel.Pin pin = new WorkspaceChannel.Pin(message.ts(), user, now());
		channel.pins().put(message.ts(), pin);
		publish(this.events.pin("pin_added", channel, message, pin), channel.id(), Set.copyOf(channel.members()));
		return true;
	}

	/**
	 * Unpins a message and announces it with {@code pin_removed}.
	 * @param channel the conversation
	 * @param message the message
	 * @return {@code false} when it was not pinned
	 */
	synchronized boolean unpin(WorkspaceChannel channel, WorkspaceMessage message) {
		WorkspaceChannel.Pin pin = channel.pins().remove(message.ts());
		if (pin == null) {
			return false;
		}
		publish(this.events.pin("pin_removed", channel, message, pin), channel.id(), Set.copyOf(channel.members()));
		return true;
	}

	/**
	 * Adds a member to a channel, announces it with {@code member_joined_channel} and posts Slack's
	 * {@code channel_join} message.
	 * @param channel the channel
	 * @param user the new member
	 * @param inviter who invited them, {@code null} when they joined
	 */
	synchronized void join(WorkspaceChannel channel, String user, @Nullable String inviter) {
		if (!channel.members().add(user)) {
			return;
		}
		publish(this.events.memberJoined(channel, user, inviter), channel.id(), Set.copyOf(channel.members()));
		post(channel, user, (message) -> message.subtype("channel_join")
			.text("<@" + user + "> has joined the channel"));
	}

	/**
	 * Announces that a user types in a conversation with {@code user_typing}, to its other members.
	 * @param channel the conversation
	 * @param user who types
	 */
	synchronized void typing(WorkspaceChannel channel, String user) {
		Set<String> audience = new HashSet<>(channel.members());
		audience.remove(user);
		publish(this.events.userTyping(channel, user), channel.id(), audience);
	}

	/**
	 * Announces any event to everyone, unchanged and without storing anything.
	 * @param event the event
	 */
	synchronized void emit(ObjectNode event) {
		publish(event, null, null);
	}

	/**
	 * Announces an upload URL's file before it is shared.
	 * @param name the file name
	 * @param length the announced length in bytes
	 * @param user the uploader
	 * @param altTxt the description for screen readers
	 * @param snippetType the syntax type of a snippet
	 * @return the file
	 */
	synchronized WorkspaceFile newFile(String name, long length, String user, @Nullable String altTxt,
			@Nullable String snippetType) {
		byte[] key = new byte[16];
		this.random.nextBytes(key);
		WorkspaceFile file = new WorkspaceFile(this.ids.nextId('F'), HexFormat.of().formatHex(key), name, length, user,
				now(), altTxt, snippetType);
		this.files.put(file.id(), file);
		return file;
	}

	/**
	 * Finds the file an upload URL is for.
	 * @param uploadKey the last segment of the upload URL
	 * @return the file, or {@code null}
	 */
	synchronized @Nullable WorkspaceFile fileByUploadKey(String uploadKey) {
		return this.files.values()
			.stream()
			.filter((file) -> file.uploadKey().equals(uploadKey))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Shares files in a conversation: posts a message with them and announces each with {@code file_shared}.
	 * @param channel the conversation
	 * @param user who shares them
	 * @param shared the files
	 * @param comment the message text
	 * @param threadTs the thread to share them in, or {@code null}
	 * @param blocks the message blocks, or {@code null}
	 * @return the message
	 */
	synchronized WorkspaceMessage share(WorkspaceChannel channel, String user, List<WorkspaceFile> shared,
			@Nullable String comment, @Nullable String threadTs, @Nullable JsonNode blocks) {
		WorkspaceMessage message = post(channel, user, (draft) -> {
			draft.text(comment).threadTs(threadTs).blocks(blocks);
			for (WorkspaceFile file : shared) {
				draft.fileIds().add(file.id());
				file.shares().put(channel.id(), draft.ts());
			}
		});
		for (WorkspaceFile file : shared) {
			publish(this.events.fileShared(channel, file, user), channel.id(), Set.copyOf(channel.members()));
		}
		return message;
	}

	/**
	 * Returns a conversation's messages as the client model, oldest first, thread replies included.
	 * @param channel the conversation
	 * @return the messages
	 */
	synchronized List<Message> messages(WorkspaceChannel channel) {
		return channel.messages().stream().map((message) -> toMessage(channel, message)).toList();
	}

	/**
	 * Returns the first stored message matching a predicate, oldest first over all conversations, or else the
	 * next one stored.
	 * @param predicate what the message must match
	 * @return the message; cancelling it ends the wait
	 */
	synchronized Mono<Message> awaitMessage(Predicate<Message> predicate) {
		List<WorkspaceMessage> all = new ArrayList<>();
		this.channels.values().forEach((channel) -> all.addAll(channel.messages()));
		all.sort(Comparator.comparing(WorkspaceMessage::ts));
		for (WorkspaceMessage message : all) {
			Message candidate = toMessage(this.channels.get(message.channel()), message);
			if (predicate.test(candidate)) {
				return Mono.just(candidate);
			}
		}
		return this.waiters.register(predicate);
	}

	/**
	 * Describes the latest messages, for the error of a wait that timed out.
	 * @param count how many
	 * @return one line per message
	 */
	synchronized List<String> describeLatest(int count) {
		List<WorkspaceMessage> all = new ArrayList<>();
		this.channels.values().forEach((channel) -> all.addAll(channel.messages()));
		all.sort(Comparator.comparing(WorkspaceMessage::ts));
		return all.subList(Math.max(0, all.size() - count), all.size())
			.stream()
			.map((message) -> String.format(Locale.ROOT, "%s %s %s: %s", message.channel(), message.ts(),
					message.user(), abbreviate(message.text())))
			.toList();
	}

	Message toMessage(WorkspaceChannel channel, WorkspaceMessage message) {
		ObjectNode node = this.json.message(channel, message).put("channel", channel.id());
		return this.mapper.treeToValue(node, Message.class);
	}

	private void publish(ObjectNode event, @Nullable String channel, @Nullable Set<String> audience) {
		WorkspaceEvent change = new WorkspaceEvent(event, channel, audience);
		for (Consumer<WorkspaceEvent> listener : this.listeners) {
			listener.accept(change);
		}
	}

	private static String abbreviate(String text) {
		String line = text.replace('\n', ' ');
		return (line.length() > 80) ? line.substring(0, 77) + "..." : line;
	}

	private static long now() {
		return System.currentTimeMillis() / 1000;
	}

}
