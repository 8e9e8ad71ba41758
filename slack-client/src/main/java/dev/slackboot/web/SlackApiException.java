package dev.slackboot.web;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a Slack Web API call fails: Slack answered {@code "ok": false}, or the HTTP exchange failed
 * (rate limited past the retry budget, a server error, a timeout).
 *
 * <p>
 * Slack's own error code ({@link #getError()}), the scopes it {@linkplain #getNeeded() needed} and was
 * {@linkplain #getProvided() given}, and its warnings are kept as Slack sent them. The message never holds
 * a token.
 */
public class SlackApiException extends RuntimeException {

	private final String method;

	private final int httpStatus;

	private final @Nullable String error;

	private final @Nullable String needed;

	private final @Nullable String provided;

	private final List<String> warnings;

	private final @Nullable Duration retryAfter;

	private final boolean writeMayHaveBeenProcessed;

	/**
	 * Creates an exception.
	 * @param method the Slack method that was called
	 * @param httpStatus the HTTP status of the answer, or {@code 0} when none was received
	 * @param error Slack's error code, when Slack sent one
	 * @param needed the scope Slack needed, for {@code missing_scope}
	 * @param provided the scopes the token has, for {@code missing_scope}
	 * @param warnings Slack's warnings, from {@code warning} and {@code response_metadata.warnings}
	 * @param retryAfter the {@code Retry-After} Slack asked for, when present
	 * @param writeMayHaveBeenProcessed whether a call that changes something may have taken effect
	 * @param message the detail message
	 * @param cause the cause, if any
	 */
	public SlackApiException(String method, int httpStatus, @Nullable String error, @Nullable String needed,
			@Nullable String provided, List<String> warnings, @Nullable Duration retryAfter,
			boolean writeMayHaveBeenProcessed, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.method = method;
		this.httpStatus = httpStatus;
		this.error = error;
		this.needed = needed;
		this.provided = provided;
		this.warnings = List.copyOf(warnings);
		this.retryAfter = retryAfter;
		this.writeMayHaveBeenProcessed = writeMayHaveBeenProcessed;
	}

	/**
	 * Returns the Slack method that was called, e.g. {@code chat.postMessage}.
	 * @return the method name
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Returns the HTTP status of Slack's answer.
	 * @return the status, or {@code 0} when no answer was received (connection failure, timeout)
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * Returns Slack's error code, e.g. {@code channel_not_found} or {@code ratelimited}.
	 * @return the code, or {@code null} when Slack sent none (a server error page, no answer)
	 */
	public @Nullable String getError() {
		return this.error;
	}

	/**
	 * Returns the scope Slack needed, sent with {@code missing_scope}.
	 * @return the needed scope, or {@code null}
	 */
	public @Nullable String getNeeded() {
		return this.needed;
	}

	/**
	 * Returns the scopes the token has, sent with {@code missing_scope}.
	 * @return the provided scopes, or {@code null}
	 */
	public @Nullable String getProvided() {
		return this.provided;
	}

	/**
	 * Returns Slack's warnings, e.g. {@code missing_charset}.
	 * @return the warnings, possibly empty
	 */
	public List<String> getWarnings() {
		return this.warnings;
	}

	/**
	 * Returns how long Slack asked the client to wait before calling again.
	 * @return the delay from {@code Retry-After}, or {@code null}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Whether the call changes something in Slack and may have taken effect even though it failed (a server
	 * error or a timeout after the request was sent). Such calls are never retried automatically: check
	 * Slack's state before trying again, or a message may be posted twice.
	 * @return {@code true} when the outcome of a write is unknown
	 */
	public boolean isWriteMayHaveBeenProcessed() {
		return this.writeMayHaveBeenProcessed;
	}

}
