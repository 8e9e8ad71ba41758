package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.join}. {@code channel} is required.
 */
public final class ConversationsJoinRequest extends SlackRequest<ConversationsJoinRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsJoinRequest() {
		super("channel");
	}

	/**
	 * Sets the channel to join.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsJoinRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

}
