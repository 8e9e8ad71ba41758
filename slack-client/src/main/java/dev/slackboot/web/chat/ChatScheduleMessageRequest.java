package dev.slackboot.web.chat;

import java.time.Instant;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.scheduleMessage}. {@code channel} and {@code post_at} are required, and one of
 * {@code text}, {@code blocks}, {@code attachments} or {@code markdown_text}.
 */
public final class ChatScheduleMessageRequest extends SlackRequest<ChatScheduleMessageRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatScheduleMessageRequest() {
		super("channel", "post_at");
	}

	/**
	 * Sets the channel, private group or DM to post to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatScheduleMessageRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets when the message is posted, in epoch seconds.
	 * @param postAt the time, within 120 days
	 * @return this request
	 */
	public ChatScheduleMessageRequest postAt(@Nullable Long postAt) {
		return param("post_at", postAt);
	}

	/**
	 * Sets the message text, or the notification fallback when blocks are given.
	 * @param text the text, in Slack's markup
	 * @return this request
	 */
	public ChatScheduleMessageRequest text(@Nullable String text) {
		return param("text", text);
	}

	/**
	 * Sets the Block Kit blocks, any value that serializes to Slack's JSON array of blocks.
	 * @param blocks the blocks
	 * @return this request
	 */
	public ChatScheduleMessageRequest blocks(@Nullable Object blocks) {
		return param("blocks", blocks);
	}

	/**
	 * Sets legacy attachments, any value that serializes to Slack's JSON array of attachments.
	 * @param attachments the attachments
	 * @return this request
	 */
	public ChatScheduleMessageRequest attachments(@Nullable Object attachments) {
		return param("attachments", attachments);
	}

	/**
	 * Sets the message as Markdown, instead of {@code text} or {@code blocks}.
	 * @param markdownText the text, in standard Markdown
	 * @return this request
	 */
	public ChatScheduleMessageRequest markdownText(@Nullable String markdownText) {
		return param("markdown_text", markdownText);
	}

	/**
	 * Posts as a reply in the thread of the given parent message.
	 * @param threadTs the parent message's timestamp
	 * @return this request
	 */
	public ChatScheduleMessageRequest threadTs(@Nullable String threadTs) {
		return param("thread_ts", threadTs);
	}

	/**
	 * Also shows a thread reply in the channel.
	 * @param replyBroadcast whether to broadcast the reply
	 * @return this request
	 */
	public ChatScheduleMessageRequest replyBroadcast(@Nullable Boolean replyBroadcast) {
		return param("reply_broadcast", replyBroadcast);
	}

	/**
	 * Sets message metadata, any value that serializes to Slack's {@code event_type}/{@code event_payload}
	 * object.
	 * @param metadata the metadata
	 * @return this request
	 */
	public ChatScheduleMessageRequest metadata(@Nullable Object metadata) {
		return param("metadata", metadata);
	}

	/**
	 * Sets whether links are unfurled.
	 * @param unfurlLinks whether to unfurl text links
	 * @return this request
	 */
	public ChatScheduleMessageRequest unfurlLinks(@Nullable Boolean unfurlLinks) {
		return param("unfurl_links", unfurlLinks);
	}

	/**
	 * Sets whether media links are unfurled.
	 * @param unfurlMedia whether to unfurl media
	 * @return this request
	 */
	public ChatScheduleMessageRequest unfurlMedia(@Nullable Boolean unfurlMedia) {
		return param("unfurl_media", unfurlMedia);
	}

	/**
	 * Sets whether channel names and user groups named in the text are linked.
	 * @param linkNames whether to link names
	 * @return this request
	 */
	public ChatScheduleMessageRequest linkNames(@Nullable Boolean linkNames) {
		return param("link_names", linkNames);
	}

	/**
	 * Sets how the text is parsed, {@code none} or {@code full}.
	 * @param parse the parse mode
	 * @return this request
	 */
	public ChatScheduleMessageRequest parse(@Nullable String parse) {
		return param("parse", parse);
	}

	/**
	 * Posts as the authed user instead of as a bot (legacy).
	 * @param asUser whether to act as the user
	 * @return this request
	 */
	public ChatScheduleMessageRequest asUser(@Nullable Boolean asUser) {
		return param("as_user", asUser);
	}

	/**
	 * Sets when the message is posted.
	 * @param postAt the time, within 120 days
	 * @return this request
	 */
	public ChatScheduleMessageRequest postAt(Instant postAt) {
		return postAt(postAt.getEpochSecond());
	}

}
