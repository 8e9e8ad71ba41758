package dev.slackboot.web.chat;

import java.util.List;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.update}. {@code channel} and {@code ts} are required. Only the parts given replace
 * the message's; pass an empty list of blocks or attachments to remove them.
 */
public final class ChatUpdateRequest extends SlackRequest<ChatUpdateRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatUpdateRequest() {
		super("channel", "ts");
	}

	/**
	 * Sets the conversation of the message to update (a DM ID, not a user ID, for direct messages).
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatUpdateRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message to update.
	 * @param ts the message's timestamp
	 * @return this request
	 */
	public ChatUpdateRequest ts(@Nullable String ts) {
		return param("ts", ts);
	}

	/**
	 * Sets the message text, or the notification fallback when blocks are given.
	 * @param text the text, in Slack's markup
	 * @return this request
	 */
	public ChatUpdateRequest text(@Nullable String text) {
		return param("text", text);
	}

	/**
	 * Sets the Block Kit blocks, any value that serializes to Slack's JSON array of blocks.
	 * @param blocks the blocks
	 * @return this request
	 */
	public ChatUpdateRequest blocks(@Nullable Object blocks) {
		return param("blocks", blocks);
	}

	/**
	 * Sets legacy attachments, any value that serializes to Slack's JSON array of attachments.
	 * @param attachments the attachments
	 * @return this request
	 */
	public ChatUpdateRequest attachments(@Nullable Object attachments) {
		return param("attachments", attachments);
	}

	/**
	 * Sets the message as Markdown, instead of {@code text} or {@code blocks}.
	 * @param markdownText the text, in standard Markdown
	 * @return this request
	 */
	public ChatUpdateRequest markdownText(@Nullable String markdownText) {
		return param("markdown_text", markdownText);
	}

	/**
	 * Sets message metadata, any value that serializes to Slack's {@code event_type}/{@code event_payload}
	 * object.
	 * @param metadata the metadata
	 * @return this request
	 */
	public ChatUpdateRequest metadata(@Nullable Object metadata) {
		return param("metadata", metadata);
	}

	/**
	 * Sets the IDs of the files the message carries from now on.
	 * @param fileIds the file IDs
	 * @return this request
	 */
	public ChatUpdateRequest fileIds(@Nullable List<String> fileIds) {
		return param("file_ids", fileIds);
	}

	/**
	 * Also shows a thread reply in the channel.
	 * @param replyBroadcast whether to broadcast the reply
	 * @return this request
	 */
	public ChatUpdateRequest replyBroadcast(@Nullable Boolean replyBroadcast) {
		return param("reply_broadcast", replyBroadcast);
	}

	/**
	 * Sets whether channel names and user groups named in the text are linked.
	 * @param linkNames whether to link names
	 * @return this request
	 */
	public ChatUpdateRequest linkNames(@Nullable Boolean linkNames) {
		return param("link_names", linkNames);
	}

	/**
	 * Sets how the text is parsed, {@code none} or {@code full}.
	 * @param parse the parse mode
	 * @return this request
	 */
	public ChatUpdateRequest parse(@Nullable String parse) {
		return param("parse", parse);
	}

	/**
	 * Sets the unfurled attachments, any value that serializes to Slack's JSON array of attachments.
	 * @param unfurledAttachments the unfurled attachments
	 * @return this request
	 */
	public ChatUpdateRequest unfurledAttachments(@Nullable Object unfurledAttachments) {
		return param("unfurled_attachments", unfurledAttachments);
	}

	/**
	 * Updates the message as the authed user (legacy).
	 * @param asUser whether to act as the user
	 * @return this request
	 */
	public ChatUpdateRequest asUser(@Nullable Boolean asUser) {
		return param("as_user", asUser);
	}

}
