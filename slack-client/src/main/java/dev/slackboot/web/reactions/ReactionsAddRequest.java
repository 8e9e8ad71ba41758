package dev.slackboot.web.reactions;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code reactions.add}. {@code channel}, {@code name} and {@code timestamp} are required.
 */
public final class ReactionsAddRequest extends SlackRequest<ReactionsAddRequest> {

	/**
	 * Creates an empty request.
	 */
	public ReactionsAddRequest() {
		super("channel", "name", "timestamp");
	}

	/**
	 * Sets the conversation of the message to react to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public ReactionsAddRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the emoji to react with.
	 * @param name the emoji name without colons, e.g. {@code thumbsup}
	 * @return this request
	 */
	public ReactionsAddRequest name(@Nullable String name) {
		return param("name", name);
	}

	/**
	 * Sets the timestamp of the message to react to.
	 * @param timestamp the message's {@code ts}
	 * @return this request
	 */
	public ReactionsAddRequest timestamp(@Nullable String timestamp) {
		return param("timestamp", timestamp);
	}

}
