package dev.slackboot.test.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Channels and messages added to the standard workspace of a {@link SlackEmulator} before it serves, read from
 * a JSON file such as:
 *
 * <pre class="code">
 * {
 *   "channels": [
 *     { "name": "deploys", "private": false, "members": ["alice", "bob", "emulator-bot"] }
 *   ],
 *   "messages": [
 *     { "user": "bob", "channel": "deploys", "text": "v1.2 is out" }
 *   ]
 * }
 * </pre>
 *
 * Members and authors are the workspace's users (ID or name: the bot, alice, bob, carol); the first member creates
 * the channel and the bot is a member only if listed. A message's {@code user} defaults to alice. Messages are
 * posted in the order given, after the channels are created.
 */
final class WorkspaceSeed {

	private static final Set<String> FIELDS = Set.of("channels", "messages");

	private final List<Channel> channels;

	private final List<Post> messages;

	private WorkspaceSeed(List<Channel> channels, List<Post> messages) {
		this.channels = channels;
		this.messages = messages;
	}

	/**
	 * Reads a seed file.
	 * @param file the JSON file
	 * @return the seed
	 * @throws IllegalArgumentException when the file cannot be read or is not a seed
	 */
	static WorkspaceSeed read(Path file) {
		String json;
		try {
			json = Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the workspace seed file " + file + ": " + ex, ex);
		}
		return parse(json);
	}

	/**
	 * Parses a seed.
	 * @param json the seed as JSON
	 * @return the seed
	 * @throws IllegalArgumentException when it is not a seed
	 */
	static WorkspaceSeed parse(String json) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The workspace seed is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException(
					"The workspace seed must be a JSON object with 'channels' and 'messages'");
		}
		for (String field : root.propertyNames()) {
			if ("users".equals(field)) {
				throw new IllegalArgumentException("The workspace seed cannot add users: the emulated workspace "
						+ "has the bot (emulator-bot), alice, bob and carol");
			}
			if (!FIELDS.contains(field)) {
				throw new IllegalArgumentException("Unknown field '" + field + "' in the workspace seed; it takes "
						+ "'channels' and 'messages'");
			}
		}
		List<Channel> channels = new ArrayList<>();
		for (JsonNode channel : array(root, "channels")) {
			List<String> members = new ArrayList<>();
			array(channel, "members").forEach((member) -> members.add(member.asString()));
			channels.add(new Channel(required(channel, "channels", "name"), channel.path("private").asBoolean(false),
					members));
		}
		List<Post> messages = new ArrayList<>();
		for (JsonNode message : array(root, "messages")) {
			String user = text(message, "user");
			messages.add(new Post((user != null) ? user : SlackEmulator.DEFAULT_USER_ID,
					required(message, "messages", "channel"), required(message, "messages", "text")));
		}
		return new WorkspaceSeed(List.copyOf(channels), List.copyOf(messages));
	}

	/**
	 * Creates the channels, then posts the messages.
	 * @param emulator the emulator
	 * @throws IllegalArgumentException when a user or channel is unknown, a channel exists already or has no
	 * members
	 */
	void applyTo(SlackEmulator emulator) {
		this.channels.forEach((channel) -> emulator.createChannel(channel.name(), channel.isPrivate(),
				channel.members().toArray(String[]::new)));
		this.messages.forEach((message) -> emulator.postAsUser(message.user(), message.channel(), message.text()));
	}

	/**
	 * Returns the number of channels to create.
	 * @return the count
	 */
	int channelCount() {
		return this.channels.size();
	}

	/**
	 * Returns the number of messages to post.
	 * @return the count
	 */
	int messageCount() {
		return this.messages.size();
	}

	private static Iterable<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new IllegalArgumentException("'" + field + "' must be an array in the workspace seed");
		}
		return value;
	}

	private static String required(JsonNode node, String section, String field) {
		String value = text(node, field);
		if (value == null) {
			throw new IllegalArgumentException("Each entry of '" + section + "' needs '" + field + "' in the workspace "
					+ "seed: " + node);
		}
		return value;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.asString().isBlank()) ? value.asString() : null;
	}

	private record Channel(String name, boolean isPrivate, List<String> members) {

	}

	private record Post(String user, String channel, String text) {

	}

}
