package dev.slackboot.test.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the events of the {@link Workspace}'s changes in Slack's shapes, as RTM sends them: the event
 * {@code type}, its fields and its {@code event_ts}.
 */
final class EventJson {

	private final Workspace workspace;

	private final WorkspaceJson json;

	EventJson(Workspace workspace, WorkspaceJson json) {
		this.workspace = workspace;
		this.json = json;
	}

	ObjectNode channelCreated(WorkspaceChannel channel) {
		ObjectNode event = this.json.object().put("type", "channel_created");
		event.putObject("channel")
			.put("id", channel.id())
			.put("name", channel.name())
			.put("name_normalized", channel.name())
			.put("is_channel", true)
			.put("is_shared", false)
			.put("is_org_shared", false)
			.put("created", channel.created())
			.put("creator", channel.creator())
			.put("context_team_id", this.workspace.teamId());
		return event.put("event_ts", nextTs());
	}

	ObjectNode groupJoined(WorkspaceChannel channel) {
		ObjectNode event = this.json.object().put("type", "group_joined");
		event.set("channel", this.json.channel(channel, channel.creator()));
		return event.put("event_ts", nextTs());
	}

	/**
	 * Writes a {@code message_changed} event.
	 * @param channel the conversation
	 * @param message the message, changed
	 * @param previous the message before the change
	 * @param eventTs when it changed
	 * @return the event
	 */
	ObjectNode messageChanged(WorkspaceChannel channel, WorkspaceMessage message, ObjectNode previous,
			String eventTs) {
		ObjectNode event = messageSubtype("message_changed", channel);
		event.set("message", this.json.message(channel, message));
		event.set("previous_message", previous);
		return event.put("ts", eventTs).put("event_ts", eventTs);
	}

	/**
	 * Writes a {@code message_deleted} event.
	 * @param channel the conversation
	 * @param previous the deleted message
	 * @return the event
	 */
	ObjectNode messageDeleted(WorkspaceChannel channel, ObjectNode previous) {
		ObjectNode event = messageSubtype("message_deleted", channel);
		event.put("deleted_ts", previous.path("ts").asString());
		event.set("previous_message", previous);
		String eventTs = nextTs();
		return event.put("ts", eventTs).put("event_ts", eventTs);
	}

	private ObjectNode messageSubtype(String subtype, WorkspaceChannel channel) {
		return this.json.object()
			.put("type", "message")
			.put("subtype", subtype)
			.put("channel", channel.id())
			.put("hidden", true);
	}

	/**
	 * Writes a {@code reaction_added} or {@code reaction_removed} event.
	 * @param type the event type
	 * @param channel the conversation
	 * @param message the message reacted to
	 * @param user who reacted
	 * @param name the emoji name
	 * @return the event
	 */
	ObjectNode reaction(String type, WorkspaceChannel channel, WorkspaceMessage message, String user, String name) {
		ObjectNode event = this.json.object().put("type", type).put("user", user).put("reaction", name);
		event.put("item_user", message.user());
		event.putObject("item").put("type", "message").put("channel", channel.id()).put("ts", message.ts());
		return event.put("event_ts", nextTs());
	}

	/**
	 * Writes a {@code pin_added} or {@code pin_removed} event.
	 * @param type the event type
	 * @param channel the conversation
	 * @param message the pinned message
	 * @param pin the pin
	 * @return the event
	 */
	ObjectNode pin(String type, WorkspaceChannel channel, WorkspaceMessage message, WorkspaceChannel.Pin pin) {
		ObjectNode event = this.json.object().put("type", type).put("user", pin.createdBy());
		event.put("channel_id", channel.id());
		event.set("item", this.json.pinnedItem(channel, message, pin));
		return event.put("event_ts", nextTs());
	}

	/**
	 * Writes a {@code member_joined_channel} event.
	 * @param channel the channel
	 * @param user the new member
	 * @param inviter who invited them, {@code null} when they joined
	 * @return the event
	 */
	ObjectNode memberJoined(WorkspaceChannel channel, String user, @Nullable String inviter) {
		ObjectNode event = this.json.object().put("type", "member_joined_channel").put("user", user);
		event.put("channel", channel.id()).put("channel_type", channel.isPrivate() ? "G" : "C");
		event.put("team", this.workspace.teamId());
		if (inviter != null) {
			event.put("inviter", inviter);
		}
		return event.put("event_ts", nextTs());
	}

	ObjectNode userTyping(WorkspaceChannel channel, String user) {
		return this.json.object().put("type", "user_typing").put("channel", channel.id()).put("user", user);
	}

	ObjectNode fileShared(WorkspaceChannel channel, WorkspaceFile file, String user) {
		ObjectNode event = this.json.object().put("type", "file_shared").put("channel_id", channel.id());
		event.put("file_id", file.id()).put("user_id", user);
		event.putObject("file").put("id", file.id());
		return event.put("event_ts", nextTs());
	}

	private String nextTs() {
		return this.workspace.ids().nextTs();
	}

}
