package dev.slackboot.web.reactions;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code reactions.remove}. {@code name} is required, and either {@code channel} and
 * {@code timestamp}, or {@code file}, or {@code file_comment}.
 */
public final class ReactionsRemoveRequest extends SlackRequest<ReactionsRemoveRequest> {

	/**
	 * Creates an empty request.
	 */
	public ReactionsRemoveRequest() {
		super("name");
	}

	/**
	 * Sets the emoji of the reaction to remove.
	 * @param name the emoji name without colons
	 * @return this request
	 */
	public ReactionsRemoveRequest name(@Nullable String name) {
		return param("name", name);
	}

	/**
	 * Sets the conversation of the message to remove the reaction from.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ReactionsRemoveRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message to remove the reaction from.
	 * @param timestamp the message's {@code ts}
	 * @return this request
	 */
	public ReactionsRemoveRequest timestamp(@Nullable String timestamp) {
		return param("timestamp", timestamp);
	}

	/**
	 * Sets the file to remove the reaction from.
	 * @param file the file ID
	 * @return this request
	 */
	public ReactionsRemoveRequest file(@Nullable String file) {
		return param("file", file);
	}

	/**
	 * Sets the file comment to remove the reaction from.
	 * @param fileComment the file comment ID
	 * @return this request
	 */
	public ReactionsRemoveRequest fileComment(@Nullable String fileComment) {
		return param("file_comment", fileComment);
	}

}
