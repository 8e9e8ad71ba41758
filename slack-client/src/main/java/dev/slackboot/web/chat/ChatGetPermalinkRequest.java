package dev.slackboot.web.chat;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.getPermalink}. {@code channel} and {@code message_ts} are required.
 */
public final class ChatGetPermalinkRequest extends SlackRequest<ChatGetPermalinkRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatGetPermalinkRequest() {
		super("channel", "message_ts");
	}

	/**
	 * Sets the conversation of the message.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatGetPermalinkRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message.
	 * @param messageTs the message's timestamp
	 * @return this request
	 */
	public ChatGetPermalinkRequest messageTs(@Nullable String messageTs) {
		return param("message_ts", messageTs);
	}

}
