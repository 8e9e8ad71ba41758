package dev.slackboot.rtm;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the RTM client cannot do what was asked: Slack answered a message with an error, the connection
 * closed before Slack answered, a message is too large, or the client stopped before sending it.
 */
public class SlackRtmException extends RuntimeException {

	private final @Nullable Integer errorCode;

	/**
	 * Creates an exception without a Slack error code.
	 * @param message the detail message
	 */
	public SlackRtmException(String message) {
		this(message, null, null);
	}

	/**
	 * Creates an exception.
	 * @param message the detail message
	 * @param errorCode Slack's error code from the reply ({@code error.code}), if Slack sent one
	 * @param cause the cause, if any
	 */
	public SlackRtmException(String message, @Nullable Integer errorCode, @Nullable Throwable cause) {
		super(message, cause);
		this.errorCode = errorCode;
	}

	/**
	 * Returns the error code Slack answered the message with ({@code error.code} of the reply).
	 * @return the code, or {@code null} when the failure did not come from a Slack reply
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

}
