package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.history}. {@code channel} is required.
 */
public final class ConversationsHistoryRequest extends SlackRequest<ConversationsHistoryRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsHistoryRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation to read the history of.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsHistoryRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Only includes messages after this timestamp.
	 * @param oldest a message timestamp, e.g. {@code 1512085950.000216}
	 * @return this request
	 */
	public ConversationsHistoryRequest oldest(@Nullable String oldest) {
		return param("oldest", oldest);
	}

	/**
	 * Only includes messages before this timestamp; the current time by default.
	 * @param latest a message timestamp, e.g. {@code 1512104434.000490}
	 * @return this request
	 */
	public ConversationsHistoryRequest latest(@Nullable String latest) {
		return param("latest", latest);
	}

	/**
	 * Sets whether messages at exactly {@code oldest} or {@code latest} are included.
	 * @param inclusive whether to include the bounds
	 * @return this request
	 */
	public ConversationsHistoryRequest inclusive(@Nullable Boolean inclusive) {
		return param("inclusive", inclusive);
	}

	/**
	 * Sets whether all message metadata is returned.
	 * @param includeAllMetadata whether to return all metadata
	 * @return this request
	 */
	public ConversationsHistoryRequest includeAllMetadata(@Nullable Boolean includeAllMetadata) {
		return param("include_all_metadata", includeAllMetadata);
	}

	/**
	 * Sets the cursor of the page to fetch: the {@code next_cursor} of the previous page's
	 * {@code response_metadata}. Leave unset for the first page.
	 * @param cursor the cursor
	 * @return this request
	 */
	public ConversationsHistoryRequest cursor(@Nullable String cursor) {
		return param("cursor", cursor);
	}

	/**
	 * Sets the maximum number of messages per page (at most 999, 100 by default).
	 * Slack may return fewer, even before the last page.
	 * @param limit the page size
	 * @return this request
	 */
	public ConversationsHistoryRequest limit(@Nullable Integer limit) {
		return param("limit", limit);
	}

}
