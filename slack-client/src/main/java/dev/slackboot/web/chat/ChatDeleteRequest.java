package dev.slackboot.web.chat;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code chat.delete}. {@code channel} and {@code ts} are required.
 */
public final class ChatDeleteRequest extends SlackRequest<ChatDeleteRequest> {

	/**
	 * Creates an empty request.
	 */
	public ChatDeleteRequest() {
		super("channel", "ts");
	}

	/**
	 * Sets the conversation of the message to delete.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ChatDeleteRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message to delete.
	 * @param ts the message's timestamp
	 * @return this request
	 */
	public ChatDeleteRequest ts(@Nullable String ts) {
		return param("ts", ts);
	}

	/**
	 * Deletes the message as the authed user (legacy).
	 * @param asUser whether to act as the user
	 * @return this request
	 */
	public ChatDeleteRequest asUser(@Nullable Boolean asUser) {
		return param("as_user", asUser);
	}

}
