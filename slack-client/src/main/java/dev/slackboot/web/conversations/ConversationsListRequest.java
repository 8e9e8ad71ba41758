package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.list}. All arguments are optional.
 */
public final class ConversationsListRequest extends SlackRequest<ConversationsListRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsListRequest() {
		super();
	}

	/**
	 * Sets the kinds of conversations to list, comma-separated, from {@code public_channel},
	 * {@code private_channel}, {@code mpim} and {@code im}; {@code public_channel} by default.
	 * @param types the conversation types, e.g. {@code public_channel,private_channel}
	 * @return this request
	 */
	public ConversationsListRequest types(@Nullable String types) {
		return param("types", types);
	}

	/**
	 * Sets whether archived channels are left out.
	 * @param excludeArchived whether to exclude archived channels
	 * @return this request
	 */
	public ConversationsListRequest excludeArchived(@Nullable Boolean excludeArchived) {
		return param("exclude_archived", excludeArchived);
	}

	/**
	 * Sets the workspace to list channels of; required for an org-wide app's token.
	 * @param teamId the workspace ID
	 * @return this request
	 */
	public ConversationsListRequest teamId(@Nullable String teamId) {
		return param("team_id", teamId);
	}

	/**
	 * Sets the cursor of the page to fetch: the {@code next_cursor} of the previous page's
	 * {@code response_metadata}. Leave unset for the first page.
	 * @param cursor the cursor
	 * @return this request
	 */
	public ConversationsListRequest cursor(@Nullable String cursor) {
		return param("cursor", cursor);
	}

	/**
	 * Sets the maximum number of conversations per page (under 1000, 100 by default).
	 * Slack may return fewer, even before the last page.
	 * @param limit the page size
	 * @return this request
	 */
	public ConversationsListRequest limit(@Nullable Integer limit) {
		return param("limit", limit);
	}

}
