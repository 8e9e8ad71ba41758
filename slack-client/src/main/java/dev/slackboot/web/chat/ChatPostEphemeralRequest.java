package dev.slackboot.web.chat;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.postEphemeral}. {@code channel} and {@code user} are required, and one of
 * {@code text}, {@code blocks}, {@code attachments} or {@code markdown_text}.
 */
public final class ChatPostEphemeralRequest extends SlackRequest<ChatPostEphemeralRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatPostEphemeralRequest() {
		super("channel", "user");
	}

	/**
	 * Sets the channel, private group or DM to show the message in.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatPostEphemeralRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the user who sees the message; they must be a member of the channel.
	 * @param user the user ID
	 * @return this request
	 */
	public ChatPostEphemeralRequest user(@Nullable String user) {
		return param("user", user);
	}

	/**
	 * Sets the message text, or the notification fallback when blocks are given.
	 * @param text the text, in Slack's markup
	 * @return this request
	 */
	public ChatPostEphemeralRequest text(@Nullable String text) {
		return param("text", text);
	}

	/**
	 * Sets the Block Kit blocks, any value that serializes to Slack's JSON array of blocks.
	 * @param blocks the blocks
	 * @return this request
	 */
	public ChatPostEphemeralRequest blocks(@Nullable Object blocks) {
		return param("blocks", blocks);
	}

	/**
	 * Sets legacy attachments, any value that serializes to Slack's JSON array of attachments.
	 * @param attachments the attachments
	 * @return this request
	 */
	public ChatPostEphemeralRequest attachments(@Nullable Object attachments) {
		return param("attachments", attachments);
	}

	/**
	 * Sets the message as Markdown, instead of {@code text} or {@code blocks}.
	 * @param markdownText the text, in standard Markdown
	 * @return this request
	 */
	public ChatPostEphemeralRequest markdownText(@Nullable String markdownText) {
		return param("markdown_text", markdownText);
	}

	/**
	 * Shows the message in the thread of the given parent message.
	 * @param threadTs the parent message's timestamp
	 * @return this request
	 */
	public ChatPostEphemeralRequest threadTs(@Nullable String threadTs) {
		return param("thread_ts", threadTs);
	}

	/**
	 * Sets the bot's display name for this message (needs {@code chat:write.customize}).
	 * @param username the name
	 * @return this request
	 */
	public ChatPostEphemeralRequest username(@Nullable String username) {
		return param("username", username);
	}

	/**
	 * Sets an emoji as the bot's icon for this message (needs {@code chat:write.customize}).
	 * @param iconEmoji the emoji, e.g. {@code :robot_face:}
	 * @return this request
	 */
	public ChatPostEphemeralRequest iconEmoji(@Nullable String iconEmoji) {
		return param("icon_emoji", iconEmoji);
	}

	/**
	 * Sets a URL to an image to use as the bot's icon for this message (needs {@code chat:write.customize}).
	 * @param iconUrl the image URL
	 * @return this request
	 */
	public ChatPostEphemeralRequest iconUrl(@Nullable String iconUrl) {
		return param("icon_url", iconUrl);
	}

	/**
	 * Sets whether channel names and user groups named in the text are linked.
	 * @param linkNames whether to link names
	 * @return this request
	 */
	public ChatPostEphemeralRequest linkNames(@Nullable Boolean linkNames) {
		return param("link_names", linkNames);
	}

	/**
	 * Sets how the text is parsed, {@code none} or {@code full}.
	 * @param parse the parse mode
	 * @return this request
	 */
	public ChatPostEphemeralRequest parse(@Nullable String parse) {
		return param("parse", parse);
	}

	/**
	 * Sets work object entity metadata, any value that serializes to Slack's object with an {@code entities}
	 * array.
	 * @param metadata the metadata
	 * @return this request
	 */
	public ChatPostEphemeralRequest metadata(@Nullable Object metadata) {
		return param("metadata", metadata);
	}

	/**
	 * Posts as the authed user instead of as a bot (legacy).
	 * @param asUser whether to act as the user
	 * @return this request
	 */
	public ChatPostEphemeralRequest asUser(@Nullable Boolean asUser) {
		return param("as_user", asUser);
	}

}
