package dev.slackboot.events;

/**
 * The outcome of checking a request's signature with a {@link SlackRequestVerifier}: verified, or why not.
 */
public enum SlackRequestVerification {

	/**
	 * The signature is Slack's and the timestamp is recent.
	 */
	VERIFIED("verified", "the request is signed with the signing secret and recent"),

	/**
	 * No {@code X-Slack-Signature} header.
	 */
	MISSING_SIGNATURE("missing_signature", "the request has no X-Slack-Signature header"),

	/**
	 * No {@code X-Slack-Request-Timestamp} header.
	 */
	MISSING_TIMESTAMP("missing_timestamp", "the request has no X-Slack-Request-Timestamp header"),

	/**
	 * {@code X-Slack-Request-Timestamp} is not a number of seconds.
	 */
	MALFORMED_TIMESTAMP("malformed_timestamp", "the X-Slack-Request-Timestamp header is not a number of seconds"),

	/**
	 * {@code X-Slack-Request-Timestamp} is further from now than the tolerance, in the past (a replayed request)
	 * or in the future.
	 */
	STALE_TIMESTAMP("stale_timestamp",
			"the X-Slack-Request-Timestamp header is too far from now (a replayed request, or a wrong clock)"),

	/**
	 * {@code X-Slack-Signature} is not a {@code v0=} signature.
	 */
	UNSUPPORTED_VERSION("unsupported_version", "the X-Slack-Signature header is not a v0 signature"),

	/**
	 * {@code X-Slack-Signature} does not match the body and timestamp: another signing secret, or a changed
	 * request.
	 */
	SIGNATURE_MISMATCH("signature_mismatch",
			"the X-Slack-Signature header does not match the request (another signing secret, or a changed body)");

	private final String reason;

	private final String description;

	SlackRequestVerification(String reason, String description) {
		this.reason = reason;
		this.description = description;
	}

	/**
	 * Tells whether the request may be trusted.
	 * @return {@code true} for {@link #VERIFIED}
	 */
	public boolean isVerified() {
		return this == VERIFIED;
	}

	/**
	 * Returns a short name for logs and metric tags, e.g. {@code stale_timestamp}.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

	/**
	 * Returns what the outcome means, for logs.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
