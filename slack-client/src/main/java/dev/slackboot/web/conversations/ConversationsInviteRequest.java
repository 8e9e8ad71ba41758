package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.invite}. {@code channel} and {@code users} are
 * required.
 */
public final class ConversationsInviteRequest extends SlackRequest<ConversationsInviteRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsInviteRequest() {
		super("channel", "users");
	}

	/**
	 * Sets the channel to invite to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsInviteRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the users to invite, comma-separated, at most 100.
	 * @param users the user IDs, e.g. {@code U0123,U0456}
	 * @return this request
	 */
	public ConversationsInviteRequest users(@Nullable String users) {
		return param("users", users);
	}

	/**
	 * Sets whether, when several users are given, the valid ones are invited and invalid IDs skipped,
	 * instead of failing the whole call.
	 * @param force whether to skip invalid users
	 * @return this request
	 */
	public ConversationsInviteRequest force(@Nullable Boolean force) {
		return param("force", force);
	}

}
