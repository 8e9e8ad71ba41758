package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.info}. {@code channel} is required.
 */
public final class ConversationsInfoRequest extends SlackRequest<ConversationsInfoRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsInfoRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation to describe.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsInfoRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets whether the number of members is returned.
	 * @param includeNumMembers whether to return the member count
	 * @return this request
	 */
	public ConversationsInfoRequest includeNumMembers(@Nullable Boolean includeNumMembers) {
		return param("include_num_members", includeNumMembers);
	}

	/**
	 * Sets whether the locale of the conversation is returned.
	 * @param includeLocale whether to return the locale
	 * @return this request
	 */
	public ConversationsInfoRequest includeLocale(@Nullable Boolean includeLocale) {
		return param("include_locale", includeLocale);
	}

}
