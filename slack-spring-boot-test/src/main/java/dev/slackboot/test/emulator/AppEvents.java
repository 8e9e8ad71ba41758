package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events the app receives over Socket Mode and the Events API, as Slack sends them: of the workspace's
 * changes, those the bot may see (those of the conversations it is a member of, and the workspace-wide ones) that
 * exist in the Events API (not RTM-only ones such as {@code user_typing}), message events with their
 * {@code channel_type}, and an {@code app_mention} for each message that mentions the bot in a channel. Each event
 * is wrapped in an {@code event_callback} payload with its {@code event_id}, {@code event_time},
 * {@code authorizations} and {@code event_context}, and handed to the transports.
 */
final class AppEvents {

	/**
	 * The verification token in every payload; Slack deprecated it in favour of signed requests.
	 */
	static final String VERIFICATION_TOKEN = "emulator-verification-token";

	private static final Set<String> RTM_ONLY = Set.of("accounts_changed", "bot_added", "bot_changed",
			"channel_joined", "channel_marked", "commands_changed", "external_org_migration_finished",
			"external_org_migration_started", "goodbye", "group_joined", "group_marked", "hello", "im_marked",
			"manual_presence_change", "pref_change", "presence_change", "presence_query", "presence_sub",
			"reconnect_url", "team_migration_started", "team_plan_change", "team_pref_change", "team_profile_change",
			"team_profile_delete", "team_profile_reorder", "user_typing");

	private static final List<String> MENTION_FIELDS = List.of("client_msg_id", "text", "user", "ts", "team",
			"blocks", "files", "thread_ts", "parent_user_id", "channel", "event_ts");

	private static final char[] ID_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

	private final Workspace workspace;

	private final JsonMapper mapper;

	private final SecureRandom random = new SecureRandom();

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	AppEvents(Workspace workspace, JsonMapper mapper) {
		this.workspace = workspace;
		this.mapper = mapper;
		workspace.addListener(this::publish);
	}

	/**
	 * Hands every later event the app receives to a transport, while it listens.
	 * @param listening whether the transport takes events now (e.g. a request URL is set)
	 * @param listener called with each {@code event_callback} payload, under the workspace's lock; it must not
	 * block nor change the payload
	 */
	void addListener(BooleanSupplier listening, Consumer<ObjectNode> listener) {
		this.listeners.add(new Listener(listening, listener));
	}

	private void publish(WorkspaceEvent change) {
		if (this.listeners.stream().noneMatch(Listener::isListening) || !change.isFor(this.workspace.bot().id())
				|| RTM_ONLY.contains(change.type())) {
			return;
		}
		ObjectNode event = change.event().deepCopy();
		WorkspaceChannel channel = (change.channel() != null) ? this.workspace.channel(change.channel()) : null;
		if (channel != null && "message".equals(change.type())) {
			event.put("channel_type", channelType(channel));
		}
		deliver(callback(event));
		if (channel != null && mentionsBot(event, channel)) {
			deliver(callback(appMention(event)));
		}
	}

	private void deliver(ObjectNode payload) {
		for (Listener listener : this.listeners) {
			if (listener.isListening()) {
				listener.events().accept(payload);
			}
		}
	}

	/**
	 * Returns the {@code event_callback} payload for raw JSON: an event is wrapped in a new payload; a payload
	 * (type {@code event_callback} with an {@code event}) is kept as it is.
	 * @param raw the event or payload
	 * @return the payload
	 */
	ObjectNode toCallback(ObjectNode raw) {
		if ("event_callback".equals(raw.path("type").asString("")) && raw.get("event") instanceof ObjectNode) {
			return raw;
		}
		return callback(raw);
	}

	/**
	 * Wraps an event in an {@code event_callback} payload, with a new event ID.
	 * @param event the event
	 * @return the payload
	 */
	ObjectNode callback(ObjectNode event) {
		String teamId = this.workspace.teamId();
		ObjectNode payload = this.mapper.createObjectNode()
			.put("token", VERIFICATION_TOKEN)
			.put("team_id", teamId)
			.put("context_team_id", teamId)
			.putNull("context_enterprise_id")
			.put("api_app_id", this.workspace.appId());
		payload.set("event", event);
		payload.put("type", "event_callback").put("event_id", nextEventId()).put("event_time", eventTime(event));
		payload.putArray("authorizations")
			.addObject()
			.putNull("enterprise_id")
			.put("team_id", teamId)
			.put("user_id", this.workspace.bot().id())
			.put("is_bot", true)
			.put("is_enterprise_install", false);
		return payload.put("is_ext_shared_channel", false).put("event_context", eventContext(event));
	}

	private boolean mentionsBot(ObjectNode event, WorkspaceChannel channel) {
		String mention = "<@" + this.workspace.bot().id();
		String text = event.path("text").asString("");
		int at = text.indexOf(mention);
		boolean mentioned = at >= 0 && text.length() > at + mention.length()
				&& (text.charAt(at + mention.length()) == '>' || text.charAt(at + mention.length()) == '|');
		return mentioned && channel.kind() != WorkspaceChannel.Kind.IM && !event.has("subtype")
				&& !this.workspace.bot().id().equals(event.path("user").asString(""));
	}

	private ObjectNode appMention(ObjectNode message) {
		ObjectNode mention = this.mapper.createObjectNode().put("type", "app_mention");
		for (String field : MENTION_FIELDS) {
			JsonNode value = message.get(field);
			if (value != null) {
				mention.set(field, value);
			}
		}
		return mention;
	}

	private static String channelType(WorkspaceChannel channel) {
		return switch (channel.kind()) {
			case PUBLIC -> "channel";
			case PRIVATE -> "group";
			case IM -> "im";
			case MPIM -> "mpim";
		};
	}

	private String nextEventId() {
		StringBuilder id = new StringBuilder("Ev");
		for (int i = 0; i < 10; i++) {
			id.append(ID_CHARACTERS[this.random.nextInt(ID_CHARACTERS.length)]);
		}
		return id.toString();
	}

	private static long eventTime(JsonNode event) {
		String eventTs = event.path("event_ts").asString("");
		int dot = eventTs.indexOf('.');
		try {
			return Long.parseLong((dot > 0) ? eventTs.substring(0, dot) : eventTs);
		}
		catch (NumberFormatException ex) {
			return System.currentTimeMillis() / 1000;
		}
	}

	private String eventContext(JsonNode event) {
		ObjectNode context = this.mapper.createObjectNode()
			.put("et", event.path("type").asString(""))
			.put("tid", this.workspace.teamId())
			.put("aid", this.workspace.appId());
		String channel = channelOf(event);
		if (channel != null) {
			context.put("cid", channel);
		}
		byte[] json = this.mapper.writeValueAsString(context).getBytes(StandardCharsets.UTF_8);
		return "4-" + Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	private static @Nullable String channelOf(JsonNode event) {
		for (JsonNode candidate : List.of(event.path("channel"), event.path("channel_id"),
				event.path("item").path("channel"))) {
			if (candidate.isString()) {
				return candidate.asString();
			}
		}
		JsonNode channel = event.path("channel").path("id");
		return channel.isString() ? channel.asString() : null;
	}

	private record Listener(BooleanSupplier listening, Consumer<ObjectNode> events) {

		boolean isListening() {
			return this.listening.getAsBoolean();
		}

	}

}
