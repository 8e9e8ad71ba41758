package dev.slackboot.web.pins;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code pins.list}. {@code channel} is required.
 */
public final class PinsListRequest extends SlackRequest<PinsListRequest> {

	/**
	 * Creates an empty request.
	 */
	public PinsListRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation to list the pinned items of.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public PinsListRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

}
