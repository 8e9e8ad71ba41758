package dev.slackboot.web.reactions;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code reactions.get}: either {@code channel} and {@code timestamp}, or {@code file}, or
 * {@code file_comment}.
 */
public final class ReactionsGetRequest extends SlackRequest<ReactionsGetRequest> {

	/**
	 * Creates an empty request.
	 */
	public ReactionsGetRequest() {
	}

	/**
	 * Sets the conversation of the message.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ReactionsGetRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message.
	 * @param timestamp the message's {@code ts}
	 * @return this request
	 */
	public ReactionsGetRequest timestamp(@Nullable String timestamp) {
		return param("timestamp", timestamp);
	}

	/**
	 * Sets the file to get reactions for.
	 * @param file the file ID
	 * @return this request
	 */
	public ReactionsGetRequest file(@Nullable String file) {
		return param("file", file);
	}

	/**
	 * Sets the file comment to get reactions for.
	 * @param fileComment the file comment ID
	 * @return this request
	 */
	public ReactionsGetRequest fileComment(@Nullable String fileComment) {
		return param("file_comment", fileComment);
	}

	/**
	 * Asks for the complete list of users of each reaction, not only the first ones.
	 * @param full whether to return every user
	 * @return this request
	 */
	public ReactionsGetRequest full(@Nullable Boolean full) {
		return param("full", full);
	}

}
