package dev.slackboot.web.chat;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.postMessage}. {@code channel} is required, and one of {@code text},
 * {@code blocks} or {@code attachments}.
 */
public final class ChatPostMessageRequest extends SlackRequest<ChatPostMessageRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatPostMessageRequest() {
		super("channel");
	}

	/**
	 * Sets the channel, DM or user ID to post to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatPostMessageRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the message text, or the notification fallback when blocks are given.
	 * @param text the text, in Slack's markup
	 * @return this request
	 */
	public ChatPostMessageRequest text(@Nullable String text) {
		return param("text", text);
	}

	/**
	 * Sets the Block Kit blocks, any value that serializes to Slack's JSON array of blocks.
	 * @param blocks the blocks
	 * @return this request
	 */
	public ChatPostMessageRequest blocks(@Nullable Object blocks) {
		return param("blocks", blocks);
	}

	/**
	 * Sets legacy attachments, any value that serializes to Slack's JSON array of attachments.
	 * @param attachments the attachments
	 * @return this request
	 */
	public ChatPostMessageRequest attachments(@Nullable Object attachments) {
		return param("attachments", attachments);
	}

	/**
	 * Posts as a reply in the thread of the given parent message.
	 * @param threadTs the parent message's timestamp
	 * @return this request
	 */
	public ChatPostMessageRequest threadTs(@Nullable String threadTs) {
		return param("thread_ts", threadTs);
	}

	/**
	 * Also shows a thread reply in the channel.
	 * @param replyBroadcast whether to broadcast the reply
	 * @return this request
	 */
	public ChatPostMessageRequest replyBroadcast(@Nullable Boolean replyBroadcast) {
		return param("reply_broadcast", replyBroadcast);
	}

	/**
	 * Sets whether Slack's markup in {@code text} is parsed.
	 * @param mrkdwn whether to parse markup
	 * @return this request
	 */
	public ChatPostMessageRequest mrkdwn(@Nullable Boolean mrkdwn) {
		return param("mrkdwn", mrkdwn);
	}

	/**
	 * Sets whether links are unfurled.
	 * @param unfurlLinks whether to unfurl text links
	 * @return this request
	 */
	public ChatPostMessageRequest unfurlLinks(@Nullable Boolean unfurlLinks) {
		return param("unfurl_links", unfurlLinks);
	}

	/**
	 * Sets whether media links are unfurled.
	 * @param unfurlMedia whether to unfurl media
	 * @return this request
	 */
	public ChatPostMessageRequest unfurlMedia(@Nullable Boolean unfurlMedia) {
		return param("unfurl_media", unfurlMedia);
	}

	/**
	 * Sets message metadata, any value that serializes to Slack's {@code event_type}/{@code event_payload}
	 * object.
	 * @param metadata the metadata
	 * @return this request
	 */
	public ChatPostMessageRequest metadata(@Nullable Object metadata) {
		return param("metadata", metadata);
	}

	/**
	 * Sets the bot's display name for this message (needs {@code chat:write.customize}).
	 * @param username the name
	 * @return this request
	 */
	public ChatPostMessageRequest username(@Nullable String username) {
		return param("username", username);
	}

	/**
	 * Sets an emoji as the bot's icon for this message (needs {@code chat:write.customize}).
	 * @param iconEmoji the emoji, e.g. {@code :robot_face:}
	 * @return this request
	 */
	public ChatPostMessageRequest iconEmoji(@Nullable String iconEmoji) {
		return param("icon_emoji", iconEmoji);
	}

	/**
	 * Sets a URL to an image to use as the bot's icon for this message (needs {@code chat:write.customize}).
	 * @param iconUrl the image URL
	 * @return this request
	 */
	public ChatPostMessageRequest iconUrl(@Nullable String iconUrl) {
		return param("icon_url", iconUrl);
	}

	/**
	 * Sets whether user groups named in the text are linked.
	 * @param linkNames whether to link names
	 * @return this request
	 */
	public ChatPostMessageRequest linkNames(@Nullable Boolean linkNames) {
		return param("link_names", linkNames);
	}

	/**
	 * Sets the message as Markdown, instead of {@code text} or {@code blocks}.
	 * @param markdownText the text, in standard Markdown
	 * @return this request
	 */
	public ChatPostMessageRequest markdownText(@Nullable String markdownText) {
		return param("markdown_text", markdownText);
	}

	/**
	 * Sets how the text is parsed, {@code none} or {@code full}.
	 * @param parse the parse mode
	 * @return this request
	 */
	public ChatPostMessageRequest parse(@Nullable String parse) {
		return param("parse", parse);
	}

	/**
	 * Posts as the authed user instead of as a bot (legacy, classic apps only).
	 * @param asUser whether to post as the user
	 * @return this request
	 */
	public ChatPostMessageRequest asUser(@Nullable Boolean asUser) {
		return param("as_user", asUser);
	}

	/**
	 * Sets the timestamp of the draft's last update, when posting a draft.
	 * @param currentDraftLastUpdatedTs the draft's last update timestamp
	 * @return this request
	 */
	public ChatPostMessageRequest currentDraftLastUpdatedTs(@Nullable String currentDraftLastUpdatedTs) {
		return param("current_draft_last_updated_ts", currentDraftLastUpdatedTs);
	}

}
