package dev.slackboot.test.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OAuth scopes each served method needs, any one of which is enough, as Slack's method reference lists them
 * for bot tokens; Slack names them all in {@code needed} when none is granted.
 */
final class ScopeRequirements {

	/**
	 * The scopes of the emulator's default bot token: every scope the served methods need, except
	 * {@code chat:write.public}, so that posting to a channel the bot is not in fails with
	 * {@code not_in_channel} as on Slack.
	 */
	static final Set<String> DEFAULT_BOT_SCOPES = Set.of("channels:history", "channels:join", "channels:manage",
			"channels:read", "chat:write", "files:read", "files:write", "groups:history", "groups:read",
			"groups:write", "im:history", "im:read", "im:write", "mpim:history", "mpim:read", "mpim:write",
			"pins:read", "pins:write", "reactions:read", "reactions:write", "team:read", "users:read",
			"users:read.email");

	/**
	 * The scopes of the emulator's app-level token.
	 */
	static final Set<String> DEFAULT_APP_SCOPES = Set.of("connections:write");

	private static final List<String> READ = List.of("channels:read", "groups:read", "im:read", "mpim:read");

	private static final List<String> HISTORY = List.of("channels:history", "groups:history", "im:history",
			"mpim:history");

	private static final List<String> MANAGE = List.of("channels:manage", "groups:write", "im:write", "mpim:write");

	private static final Map<String, List<String>> NEEDED = Map.ofEntries(
			Map.entry("apps.connections.open", List.of("connections:write")),
			Map.entry("bots.info", List.of("users:read")), Map.entry("chat.delete", List.of("chat:write")),
			Map.entry("chat.postEphemeral", List.of("chat:write")),
			Map.entry("chat.postMessage", List.of("chat:write")),
			Map.entry("chat.scheduleMessage", List.of("chat:write")), Map.entry("chat.update", List.of("chat:write")),
			Map.entry("conversations.create", List.of("channels:manage", "groups:write")),
			Map.entry("conversations.history", HISTORY), Map.entry("conversations.info", READ),
			Map.entry("conversations.invite", List.of("channels:manage", "groups:write")),
			Map.entry("conversations.join", List.of("channels:join")), Map.entry("conversations.list", READ),
			Map.entry("conversations.members", READ), Map.entry("conversations.open", MANAGE),
			Map.entry("conversations.replies", HISTORY),
			Map.entry("files.completeUploadExternal", List.of("files:write")),
			Map.entry("files.getUploadURLExternal", List.of("files:write")), Map.entry("pins.add", List.of("pins:write")),
			Map.entry("pins.list", List.of("pins:read")), Map.entry("pins.remove", List.of("pins:write")),
			Map.entry("reactions.add", List.of("reactions:write")),
			Map.entry("reactions.get", List.of("reactions:read")),
			Map.entry("reactions.remove", List.of("reactions:write")), Map.entry("team.info", List.of("team:read")),
			Map.entry("users.info", List.of("users:read")), Map.entry("users.list", List.of("users:read")),
			Map.entry("users.lookupByEmail", List.of("users:read.email")));

	private ScopeRequirements() {
	}

	/**
	 * Returns the scopes a method needs.
	 * @param method the method name
	 * @return the scopes, any one of which is enough; empty when the method needs none
	 */
	static List<String> of(String method) {
		return NEEDED.getOrDefault(method, List.of());
	}

}
