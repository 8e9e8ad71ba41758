package dev.slackboot.web.pins;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code pins.add}. {@code channel} is required, and {@code timestamp} to pin a message.
 */
public final class PinsAddRequest extends SlackRequest<PinsAddRequest> {

	/**
	 * Creates an empty request.
	 */
	public PinsAddRequest() {
		super("channel");
	}

	/**
	 * Sets the conversation to pin to.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public PinsAddRequest channel(@Nullable String channel) {
		return param("channel", channel);
	}

	/**
	 * Sets the timestamp of the message to pin.
	 * @param timestamp the message's {@code ts}
	 * @return this request
	 */
	public PinsAddRequest timestamp(@Nullable String timestamp) {
		return param("timestamp", timestamp);
	}

}
