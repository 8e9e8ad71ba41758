package dev.slackboot.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Checks that a request comes from Slack, as Slack documents it: {@code X-Slack-Signature} must be {@code v0=}
 * followed by the hex HMAC-SHA256, keyed with the app's signing secret, of
 * {@code v0:<X-Slack-Request-Timestamp>:<raw body>}, and the timestamp must be within a tolerance of now (five
 * minutes by default), so that a captured request cannot be replayed later. Signatures are compared in constant
 * time. Thread-safe; {@link #toString()} never shows the secret.
 */
public final class SlackRequestVerifier {

	/**
	 * The header carrying the signature.
	 */
	public static final String SIGNATURE_HEADER = "X-Slack-Signature";

	/**
	 * The header carrying the time the request was signed, in epoch seconds.
	 */
	public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

	/**
	 * How far a request's timestamp may be from now by default, as Slack recommends.
	 */
	public static final Duration DEFAULT_TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

	private static final String ALGORITHM = "HmacSHA256";

	private static final String VERSION_PREFIX = "v0=";

	private final SecretKeySpec key;

	private final Duration timestampTolerance;

	private final Clock clock;

	/**
	 * Creates a verifier with the {@link #DEFAULT_TIMESTAMP_TOLERANCE default tolerance}.
	 * @param signingSecret the app's signing secret
	 */
	public SlackRequestVerifier(String signingSecret) {
		this(signingSecret, DEFAULT_TIMESTAMP_TOLERANCE);
	}

	/**
	 * Creates a verifier.
	 * @param signingSecret the app's signing secret
	 * @param timestampTolerance how far a request's timestamp may be from now
	 */
	public SlackRequestVerifier(String signingSecret, Duration timestampTolerance) {
		this(signingSecret, timestampTolerance, Clock.systemUTC());
	}

	/**
	 * Creates a verifier that reads the time from a clock.
	 * @param signingSecret the app's signing secret
	 * @param timestampTolerance how far a request's timestamp may be from now
	 * @param clock the clock
	 */
	public SlackRequestVerifier(String signingSecret, Duration timestampTolerance, Clock clock) {
		Assert.hasText(signingSecret, "signingSecret must not be empty");
		Assert.notNull(timestampTolerance, "timestampTolerance must not be null");
		Assert.isTrue(!timestampTolerance.isNegative() && !timestampTolerance.isZero(),
				"timestampTolerance must be positive");
		Assert.notNull(clock, "clock must not be null");
		this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.timestampTolerance = timestampTolerance;
		this.clock = clock;
	}

	/**
	 * Checks a request.
	 * @param timestamp the {@code X-Slack-Request-Timestamp} header, if any
	 * @param signature the {@code X-Slack-Signature} header, if any
	 * @param body the raw body, exactly as received
	 * @return {@link SlackRequestVerification#VERIFIED}, or why the request must be refused
	 */
	public SlackRequestVerification verify(@Nullable String timestamp, @Nullable String signature, byte[] body) {
		Assert.notNull(body, "body must not be null");
		if (!StringUtils.hasText(signature)) {
			return SlackRequestVerification.MISSING_SIGNATURE;
		}
		if (!StringUtils.hasText(timestamp)) {
			return SlackRequestVerification.MISSING_TIMESTAMP;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			return SlackRequestVerification.MALFORMED_TIMESTAMP;
		}
		if (!isRecent(seconds)) {
			return SlackRequestVerification.STALE_TIMESTAMP;
		}
		if (!signature.startsWith(VERSION_PREFIX)) {
			return SlackRequestVerification.UNSUPPORTED_VERSION;
		}
		byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = signature.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual) ? SlackRequestVerification.VERIFIED
				: SlackRequestVerification.SIGNATURE_MISMATCH;
	}

	/**
	 * Computes the {@code X-Slack-Signature} Slack sends with a request, e.g. to send signed requests in tests.
	 * @param timestamp the request's {@code X-Slack-Request-Timestamp}, in epoch seconds
	 * @param body the raw body
	 * @return the signature, {@code v0=} and 64 hex digits
	 */
	public String sign(long timestamp, byte[] body) {
		Assert.notNull(body, "body must not be null");
		return sign(Long.toString(timestamp), body);
	}

	/**
	 * Returns how far a request's timestamp may be from now.
	 * @return the tolerance
	 */
	public Duration getTimestampTolerance() {
		return this.timestampTolerance;
	}

	private boolean isRecent(long seconds) {
		long now = this.clock.millis() / 1000;
		long tolerance = this.timestampTolerance.toSeconds();
		return seconds >= now - tolerance && seconds <= now + tolerance;
	}

	private String sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return VERSION_PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "SlackRequestVerifier[signingSecret=****, timestampTolerance=" + this.timestampTolerance + "]";
	}

}
