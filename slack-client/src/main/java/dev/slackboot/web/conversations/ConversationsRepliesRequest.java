package dev.slackboot.web.conversations;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code conversations.replies}. {@code channel} and {@code ts} are
 * required.
 */
public final class ConversationsRepliesRequest extends SlackRequest<ConversationsRepliesRequest> {

	/**
	 * Creates an empty request.
	 */
	public ConversationsRepliesRequest() {
		super("channel", "ts");
	}

	/**
	 * Sets the conversation the thread is in.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ConversationsRepliesRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the thread: the timestamp of its parent message or of any message in it.
	 * @param ts the message timestamp
	 * @return this request
	 */
	public ConversationsRepliesRequest ts(@Nullable String ts) {
		return param("ts", ts);
	}

	/**
	 * Only includes messages after this timestamp.
	 * @param oldest a message timestamp, e.g. {@code 1512085950.000216}
	 * @return this request
	 */
	public ConversationsRepliesRequest oldest(@Nullable String oldest) {
		return param("oldest", oldest);
	}

	/**
	 * Only includes messages before this timestamp; the current time by default.
	 * @param latest a message timestamp, e.g. {@code 1512104434.000490}
	 * @return this request
	 */
	public ConversationsRepliesRequest latest(@Nullable String latest) {
		return param("latest", latest);
	}

	/**
	 * Sets whether messages at exactly {@code oldest} or {@code latest} are included.
	 * @param inclusive whether to include the bounds
	 * @return this request
	 */
	public ConversationsRepliesRequest inclusive(@Nullable Boolean inclusive) {
		return param("inclusive", inclusive);
	}

	/**
	 * Sets whether all message metadata is returned.
	 * @param includeAllMetadata whether to return all metadata
	 * @return this request
	 */
	public ConversationsRepliesRequest includeAllMetadata(@Nullable Boolean includeAllMetadata) {
		return param("include_all_metadata", includeAllMetadata);
	}

	/**
	 * Sets the cursor of the page to fetch: the {@code next_cursor} of the previous page's
	 * {@code response_metadata}. Leave unset for the first page.
	 * @param cursor the cursor
	 * @return this request
	 */
	public ConversationsRepliesRequest cursor(@Nullable String cursor) {
		return param("cursor", cursor);
	}

	/**
	 * Sets the maximum number of messages per page (1000 by default).
	 * Slack may return fewer, even before the last page.
	 * @param limit the page size
	 * @return this request
	 */
	public ConversationsRepliesRequest limit(@Nullable Integer limit) {
		return param("limit", limit);
	}

}
