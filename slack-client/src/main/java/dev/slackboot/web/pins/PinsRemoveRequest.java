package dev.slackboot.web.pins;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code pins.remove}. {@code channel} is required, and {@code timestamp} to un-pin a message.
 */
public final class PinsRemoveRequest extends SlackRequest<PinsRemoveRequest> {

	/**
	 * Creates an empty request.
	 */
	public PinsRemoveRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation the item is pinned to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public PinsRemoveRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message to un-pin.
	 * @param timestamp the message's {@code ts}
	 * @return this request
	 */
	public PinsRemoveRequest timestamp(@Nullable String timestamp) {
		return param("timestamp", timestamp);
	}

}
