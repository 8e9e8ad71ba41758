package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.members}. {@code channel} is required.
 */
public final class ConversationsMembersRequest extends SlackRequest<ConversationsMembersRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsMembersRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation to list the members of.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsMembersRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the cursor of the page to fetch: the {@code next_cursor} of the previous page's
	 * {@code response_metadata}. Leave unset for the first page.
	 * @param cursor the cursor
	 * @return this request
	 */
	public ConversationsMembersRequest cursor(@Nullable String cursor) {
		return param("cursor", cursor);
	}

	/**
	 * Sets the maximum number of member IDs per page (100 by default).
	 * Slack may return fewer, even before the last page.
	 * @param limit the page size
	 * @return this request
	 */
	public ConversationsMembersRequest limit(@Nullable Integer limit) {
		return param("limit", limit);
	}

}
