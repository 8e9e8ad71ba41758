package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.open}. Either {@code users} (to open or create a
 * direct message) or {@code channel} (to resume one) is needed.
 */
public final class ConversationsOpenRequest extends SlackRequest<ConversationsOpenRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsOpenRequest() {
		super();
	}

	/**
	 * Sets the users to open a direct message with, comma-separated: one user for a 1:1 direct message,
	 * several for a multi-person one (the order is kept).
	 * @param users the user IDs, e.g. {@code U0123,U0456}
	 * @return this request
	 */
	public ConversationsOpenRequest users(@Nullable String users) {
		return param("users", users);
	}

	/**
	 * Sets the direct message to resume, instead of {@code users}.
	 * @param channel the ID of an {@code im} or {@code mpim}
	 * @return this request
	 */
	public ConversationsOpenRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets whether the full direct message conversation is returned, not only its ID.
	 * @param returnIm whether to return the full conversation
	 * @return this request
	 */
	public ConversationsOpenRequest returnIm(@Nullable Boolean returnIm) {
		return param("return_im", returnIm);
	}

	/**
	 * Sets whether only an existing direct message is looked up, never created.
	 * @param preventCreation whether to prevent creating one
	 * @return this request
	 */
	public ConversationsOpenRequest preventCreation(@Nullable Boolean preventCreation) {
		return param("prevent_creation", preventCreation);
	}

}
