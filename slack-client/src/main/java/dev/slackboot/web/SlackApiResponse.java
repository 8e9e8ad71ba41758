package dev.slackboot.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A typed answer of the Web API. Fields a response type does not model are kept in
 * {@link #additionalProperties()} and written back when the response is serialized.
 */
public interface SlackApiResponse {

	/**
	 * Returns Slack's {@code ok} flag; always {@code true} on a response the client returns, since
	 * {@code "ok": false} becomes a {@link SlackApiException}.
	 * @return the flag
	 */
	boolean ok();

	/**
	 * Returns Slack's comma-separated warning codes, if any.
	 * @return the warnings or {@code null}
	 */
	@Nullable String warning();

	/**
	 * Returns the response metadata (next cursor, warnings), if any.
	 * @return the metadata or {@code null}
	 */
	@Nullable ResponseMetadata responseMetadata();

	/**
	 * Returns the fields of the answer this type does not model.
	 * @return the fields by name
	 */
	Map<String, Object> additionalProperties();

	/**
	 * Returns the cursor of the next page.
	 * @return the cursor, or {@code null} on the last page
	 */
	default @Nullable String nextCursor() {
		ResponseMetadata metadata = responseMetadata();
		String cursor = (metadata != null) ? metadata.nextCursor() : null;
		return (cursor == null || cursor.isEmpty()) ? null : cursor;
	}

}
