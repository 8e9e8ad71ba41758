package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.create}. {@code name} is required.
 */
public final class ConversationsCreateRequest extends SlackRequest<ConversationsCreateRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsCreateRequest() {
		super("name");
	}

	/**
	 * Sets the name of the new channel.
	 * @param name the channel name, e.g. {@code release-42}
	 * @return this request
	 */
	public ConversationsCreateRequest name(@Nullable String name) {
		return param("name", name);
	}

	/**
	 * Creates a private channel instead of a public one.
	 * @param isPrivate whether the channel is private
	 * @return this request
	 */
	public ConversationsCreateRequest isPrivate(@Nullable Boolean isPrivate) {
		return param("is_private", isPrivate);
	}

	/**
	 * Sets the workspace to create the channel in; required with an org-level token.
	 * @param teamId the workspace ID
	 * @return this request
	 */
	public ConversationsCreateRequest teamId(@Nullable String teamId) {
		return param("team_id", teamId);
	}

}
