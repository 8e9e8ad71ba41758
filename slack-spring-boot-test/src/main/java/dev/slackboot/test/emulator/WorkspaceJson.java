package dev.slackboot.test.emulator;

import java.net.URLConnection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@link Workspace}'s objects in Slack's shapes: users, conversations, messages, files, the team and
 * the bot, with the field names of Slack's answers and events.
 */
final class WorkspaceJson {

	private static final String BOT_ICON = "https://a.slack-edge.com/80588/img/plugins/app/bot_%d.png";

	private final Workspace workspace;

	private final JsonMapper mapper;

	WorkspaceJson(Workspace workspace, JsonMapper mapper) {
		this.workspace = workspace;
		this.mapper = mapper;
	}

	ObjectNode object() {
		return this.mapper.createObjectNode();
	}

	ArrayNode array() {
		return this.mapper.createArrayNode();
	}

	ArrayNode strings(Iterable<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

	ObjectNode team() {
		ObjectNode team = object().put("id", this.workspace.teamId())
			.put("name", this.workspace.teamName())
			.put("url", this.workspace.rootUrl())
			.put("domain", this.workspace.teamDomain())
			.put("email_domain", "example.com");
		team.putObject("icon").put("image_default", true);
		return team.put("avatar_base_url", "https://ca.slack-edge.com/").put("is_verified", false);
	}

	ObjectNode user(EmulatedUser user, boolean withEmail) {
		ObjectNode node = object().put("id", user.id())
			.put("team_id", this.workspace.teamId())
			.put("name", user.name())
			.put("deleted", false)
			.put("color", user.isBot() ? "757575" : "9f69e7")
			.put("real_name", user.realName())
			.put("tz", "Europe/London")
			.put("tz_label", "Greenwich Mean Time")
			.put("tz_offset", 0);
		ObjectNode profile = node.putObject("profile");
		String[] names = user.realName().split(" ", 2);
		profile.put("title", "")
			.put("phone", "")
			.put("skype", "")
			.put("real_name", user.realName())
			.put("real_name_normalized", user.realName())
			.put("display_name", user.isBot() ? "" : user.name())
			.put("display_name_normalized", user.isBot() ? "" : user.name())
			.put("status_text", "")
			.put("status_emoji", "")
			.put("status_expiration", 0)
			.put("avatar_hash", "g" + user.id().toLowerCase(Locale.ROOT));
		if (user.isBot()) {
			profile.put("bot_id", user.botId()).put("api_app_id", this.workspace.appId()).put("always_active", true);
		}
		else {
			profile.put("first_name", names[0]).put("last_name", (names.length > 1) ? names[1] : "");
			if (withEmail && user.email() != null) {
				profile.put("email", user.email());
			}
		}
		profile.put("team", this.workspace.teamId());
		node.put("is_admin", false)
			.put("is_owner", false)
			.put("is_primary_owner", false)
			.put("is_restricted", false)
			.put("is_ultra_restricted", false)
			.put("is_bot", user.isBot())
			.put("is_app_user", false)
			.put("updated", this.workspace.created());
		if (!user.isBot()) {
			node.put("is_email_confirmed", true);
		}
		return node.put("who_can_share_contact_card", "EVERYONE");
	}

	ObjectNode bot(EmulatedUser bot) {
		ObjectNode node = object().put("id", bot.botId())
			.put("deleted", false)
			.put("name", bot.name())
			.put("updated", this.workspace.created())
			.put("app_id", this.workspace.appId())
			.put("user_id", bot.id());
		ObjectNode icons = node.putObject("icons");
		for (int size : new int[] { 36, 48, 72 }) {
			icons.put("image_" + size, String.format(Locale.ROOT, BOT_ICON, size));
		}
		return node;
	}

	ObjectNode botProfile(EmulatedUser bot) {
		return bot(bot).put("team_id", this.workspace.teamId());
	}

	/**
	 * Writes a conversation as a given user sees it.
	 * @param channel the conversation
	 * @param viewer the user asking, for {@code is_member}
	 * @return the conversation object
	 */
	ObjectNode channel(WorkspaceChannel channel, String viewer) {
		ObjectNode node = object().put("id", channel.id());
		if (channel.kind() == WorkspaceChannel.Kind.IM) {
			return node.put("created", channel.created())
				.put("is_archived", false)
				.put("is_im", true)
				.put("is_org_shared", false)
				.put("context_team_id", this.workspace.teamId())
				.put("updated", channel.created() * 1000)
				.put("user", channel.otherMember(viewer))
				.put("is_user_deleted", false)
				.put("priority", 0);
		}
		node.put("name", channel.name())
			.put("is_channel", channel.kind() == WorkspaceChannel.Kind.PUBLIC)
			.put("is_group", channel.kind() == WorkspaceChannel.Kind.PRIVATE)
			.put("is_im", false)
			.put("is_mpim", channel.kind() == WorkspaceChannel.Kind.MPIM)
			.put("is_private", channel.isPrivate())
			.put("created", channel.created())
			.put("is_archived", false)
			.put("is_general", channel.isGeneral())
			.put("unlinked", 0)
			.put("name_normalized", channel.name())
			.put("is_shared", false)
			.put("is_org_shared", false)
			.put("is_ext_shared", false)
			.put("is_pending_ext_shared", false);
		node.putArray("pending_shared");
		node.put("context_team_id", this.workspace.teamId())
			.put("updated", channel.created() * 1000)
			.putNull("parent_conversation")
			.put("creator", channel.creator());
		node.set("shared_team_ids", strings(List.of(this.workspace.teamId())));
		node.put("is_member", channel.isMember(viewer));
		node.putObject("topic").put("value", "").put("creator", "").put("last_set", 0);
		node.putObject("purpose").put("value", "").put("creator", "").put("last_set", 0);
		node.putArray("previous_names");
		return node.put("num_members", channel.members().size());
	}

	/**
	 * Writes a message as the Web API answers it (history, replies, chat answers): with its thread's
	 * counters on a parent.
	 * @param channel the message's conversation
	 * @param message the message
	 * @return the message object
	 */
	ObjectNode message(WorkspaceChannel channel, WorkspaceMessage message) {
		ObjectNode node = object();
		if (message.clientMsgId() != null) {
			node.put("client_msg_id", message.clientMsgId());
		}
		node.put("type", "message");
		if (message.subtype() != null) {
			node.put("subtype", message.subtype());
		}
		node.put("text", message.text()).put("user", message.user()).put("ts", message.ts());
		EmulatedUser author = this.workspace.user(message.user());
		if (message.botId() != null && author != null) {
			node.put("bot_id", message.botId()).put("app_id", this.workspace.appId());
			node.set("bot_profile", botProfile(author));
		}
		if (message.username() != null) {
			node.put("username", message.username());
		}
		node.put("team", this.workspace.teamId());
		if (message.blocks() != null) {
			node.set("blocks", message.blocks());
		}
		if (message.attachments() != null) {
			node.set("attachments", message.attachments());
		}
		if (message.metadata() != null) {
			node.set("metadata", message.metadata());
		}
		files(node, message);
		thread(node, channel, message);
		if (message.editedBy() != null) {
			node.putObject("edited").put("user", message.editedBy()).put("ts", message.editedTs());
		}
		reactions(node, message);
		if (channel.pins().containsKey(message.ts())) {
			node.set("pinned_to", strings(List.of(channel.id())));
		}
		return node;
	}

	/**
	 * Writes a message as a {@code message} event announces it.
	 * @param channel the message's conversation
	 * @param message the message
	 * @return the event
	 */
	ObjectNode messageEvent(WorkspaceChannel channel, WorkspaceMessage message) {
		ObjectNode node = object();
		if (message.clientMsgId() != null) {
			node.put("client_msg_id", message.clientMsgId());
		}
		node.put("type", "message");
		if (message.subtype() != null) {
			node.put("subtype", message.subtype());
		}
		node.put("channel", channel.id()).put("user", message.user()).put("text", message.text());
		EmulatedUser author = this.workspace.user(message.user());
		if (message.botId() != null && author != null) {
			node.put("bot_id", message.botId()).put("app_id", this.workspace.appId());
			node.set("bot_profile", botProfile(author));
		}
		if (message.username() != null) {
			node.put("username", message.username());
		}
		if (message.blocks() != null) {
			node.set("blocks", message.blocks());
		}
		if (message.attachments() != null) {
			node.set("attachments", message.attachments());
		}
		if (message.metadata() != null) {
			node.set("metadata", message.metadata());
		}
		files(node, message);
		node.put("ts", message.ts());
		if (message.threadTs() != null) {
			node.put("thread_ts", message.threadTs());
			WorkspaceMessage parent = channel.message(message.threadTs());
			if (parent != null) {
				node.put("parent_user_id", parent.user());
			}
		}
		return node.put("team", this.workspace.teamId())
			.put("event_ts", message.ts())
			.put("source_team", this.workspace.teamId())
			.put("user_team", this.workspace.teamId());
	}

	private void files(ObjectNode node, WorkspaceMessage message) {
		if (message.fileIds().isEmpty()) {
			return;
		}
		ArrayNode files = node.putArray("files");
		for (String id : message.fileIds()) {
			WorkspaceFile file = this.workspace.file(id);
			if (file != null) {
				files.add(file(file));
			}
		}
		node.put("upload", true).put("display_as_bot", false);
	}

	private void thread(ObjectNode node, WorkspaceChannel channel, WorkspaceMessage message) {
		if (message.isReply()) {
			node.put("thread_ts", message.threadTs());
			WorkspaceMessage parent = channel.message(message.threadTs());
			if (parent != null) {
				node.put("parent_user_id", parent.user());
			}
			return;
		}
		List<WorkspaceMessage> replies = channel.replies(message.ts());
		if (replies.isEmpty()) {
			return;
		}
		Set<String> replyUsers = new LinkedHashSet<>();
		replies.forEach((reply) -> replyUsers.add(reply.user()));
		node.put("thread_ts", message.ts())
			.put("reply_count", replies.size())
			.put("reply_users_count", replyUsers.size())
			.put("latest_reply", replies.get(replies.size() - 1).ts());
		node.set("reply_users", strings(replyUsers));
		node.put("is_locked", false).put("subscribed", false);
	}

	private void reactions(ObjectNode node, WorkspaceMessage message) {
		if (message.reactions().isEmpty()) {
			return;
		}
		ArrayNode reactions = node.putArray("reactions");
		for (Map.Entry<String, List<String>> reaction : message.reactions().entrySet()) {
			ObjectNode entry = reactions.addObject().put("name", reaction.getKey());
			entry.set("users", strings(reaction.getValue()));
			entry.put("count", reaction.getValue().size());
		}
	}

	ObjectNode file(WorkspaceFile file) {
		String root = this.workspace.rootUrl();
		String extension = extension(file.name());
		String mimetype = URLConnection.guessContentTypeFromName(file.name());
		ObjectNode node = object().put("id", file.id())
			.put("created", file.created())
			.put("timestamp", file.created())
			.put("name", file.name())
			.put("title", file.title())
			.put("mimetype", (mimetype != null) ? mimetype : "application/octet-stream")
			.put("filetype", (file.snippetType() != null) ? file.snippetType() : extension)
			.put("pretty_type", extension.toUpperCase(Locale.ROOT))
			.put("user", file.user())
			.put("user_team", this.workspace.teamId())
			.put("editable", false)
			.put("size", file.length())
			.put("mode", "hosted")
			.put("is_external", false)
			.put("external_type", "")
			.put("is_public", isPublic(file))
			.put("public_url_shared", false)
			.put("display_as_bot", false)
			.put("username", "")
			.put("url_private", root + "files-pri/" + this.workspace.teamId() + "-" + file.id() + "/" + file.name())
			.put("url_private_download",
					root + "files-pri/" + this.workspace.teamId() + "-" + file.id() + "/download/" + file.name())
			.put("permalink", root + "files/" + file.user() + "/" + file.id() + "/" + file.name())
			.put("permalink_public", root + this.workspace.teamId() + "-" + file.id());
		if (file.altTxt() != null) {
			node.put("alt_txt", file.altTxt());
		}
		shares(node, file);
		return node.put("has_rich_preview", false).put("file_access", "visible");
	}

	private boolean isPublic(WorkspaceFile file) {
		for (String channelId : file.shares().keySet()) {
			WorkspaceChannel channel = this.workspace.channel(channelId);
			if (channel != null && !channel.isPrivate()) {
				return true;
			}
		}
		return false;
	}

	private void shares(ObjectNode node, WorkspaceFile file) {
		ArrayNode channels = node.putArray("channels");
		ArrayNode groups = node.putArray("groups");
		ArrayNode ims = node.putArray("ims");
		ObjectNode shares = object();
		for (Map.Entry<String, String> share : file.shares().entrySet()) {
			WorkspaceChannel channel = this.workspace.channel(share.getKey());
			if (channel == null) {
				continue;
			}
			(switch (channel.kind()) {
				case PUBLIC -> channels;
				case PRIVATE, MPIM -> groups;
				case IM -> ims;
			}).add(channel.id());
			ObjectNode entry = shares.withObjectProperty(channel.isPrivate() ? "private" : "public")
				.withArrayProperty(channel.id())
				.addObject();
			entry.putArray("reply_users");
			entry.put("reply_users_count", 0).put("reply_count", 0).put("ts", share.getValue());
			if (channel.name() != null) {
				entry.put("channel_name", channel.name());
			}
			entry.put("team_id", this.workspace.teamId()).put("share_user_id", file.user()).put("source", "UNKNOWN");
		}
		node.set("shares", shares);
	}

	/**
	 * Writes a pinned item as {@code pins.list} and the pin events show it.
	 * @param channel the conversation
	 * @param message the pinned message
	 * @param pin the pin
	 * @return the item
	 */
	ObjectNode pinnedItem(WorkspaceChannel channel, WorkspaceMessage message, WorkspaceChannel.Pin pin) {
		ObjectNode item = object().put("type", "message").put("created", pin.created());
		item.put("created_by", pin.createdBy()).put("channel", channel.id());
		item.set("message", message(channel, message));
		return item;
	}

	/**
	 * Returns the permanent URL of a message, in Slack's form {@code .../archives/C123/p1700000000000100}.
	 * @param channel the conversation
	 * @param message the message
	 * @return the URL
	 */
	String permalink(WorkspaceChannel channel, WorkspaceMessage message) {
		String link = this.workspace.rootUrl() + "archives/" + channel.id() + "/p" + message.ts().replace(".", "");
		return message.isReply() ? link + "?thread_ts=" + message.threadTs() + "&cid=" + channel.id() : link;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0 || dot == name.length() - 1) ? "binary" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
