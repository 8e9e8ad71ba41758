package dev.slackboot.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SlackRequestVerifier}.
 */
class SlackRequestVerifierTests {

	/**
	 * The example of Slack's "Verifying requests from Slack" guide.
	 */
	private static final String SLACK_EXAMPLE_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private static final String SLACK_EXAMPLE_TIMESTAMP = "1531420618";

	private static final byte[] SLACK_EXAMPLE_BODY = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain="
			+ "testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command="
			+ "%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885"
			+ "554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
		.getBytes(StandardCharsets.UTF_8);

	private static final String SLACK_EXAMPLE_SIGNATURE = "v0="
			+ "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	private static final long NOW = 1_700_000_000L;

	private static final byte[] BODY = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final SlackRequestVerifier verifier = verifierAt(NOW);

	@Test
	void acceptsSlackDocumentedExample() {
		SlackRequestVerifier verifier = new SlackRequestVerifier(SLACK_EXAMPLE_SECRET, Duration.ofMinutes(5),
				Clock.fixed(Instant.ofEpochSecond(Long.parseLong(SLACK_EXAMPLE_TIMESTAMP) + 60), ZoneOffset.UTC));
		assertThat(verifier.verify(SLACK_EXAMPLE_TIMESTAMP, SLACK_EXAMPLE_SIGNATURE, SLACK_EXAMPLE_BODY))
			.isEqualTo(SlackRequestVerification.VERIFIED);
		assertThat(verifier.sign(Long.parseLong(SLACK_EXAMPLE_TIMESTAMP), SLACK_EXAMPLE_BODY))
			.isEqualTo(SLACK_EXAMPLE_SIGNATURE);
	}

	@Test
	void acceptsValidSignature() {
		String signature = this.verifier.sign(NOW, BODY);
		assertThat(signature).matches("v0=[0-9a-f]{64}");
		SlackRequestVerification verification = this.verifier.verify(Long.toString(NOW), signature, BODY);
		assertThat(verification).isEqualTo(SlackRequestVerification.VERIFIED);
		assertThat(verification.isVerified()).isTrue();
	}

	@Test
	void refusesSignatureMadeWithAnotherSecret() {
		String signature = new SlackRequestVerifier("another-secret").sign(NOW, BODY);
		assertThat(this.verifier.verify(Long.toString(NOW), signature, BODY))
			.isEqualTo(SlackRequestVerification.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesTamperedBody() {
		String signature = this.verifier.sign(NOW, BODY);
		byte[] tampered = "{\"type\":\"event_callback\",\"event_id\":\"Ev2\"}".getBytes(StandardCharsets.UTF_8);
		assertThat(this.verifier.verify(Long.toString(NOW), signature, tampered))
			.isEqualTo(SlackRequestVerification.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesSignatureOfAnotherTimestamp() {
		String signature = this.verifier.sign(NOW - 1, BODY);
		assertThat(this.verifier.verify(Long.toString(NOW), signature, BODY))
			.isEqualTo(SlackRequestVerification.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesTruncatedSignature() {
		String signature = this.verifier.sign(NOW, BODY);
		assertThat(this.verifier.verify(Long.toString(NOW), signature.substring(0, signature.length() - 1), BODY))
			.isEqualTo(SlackRequestVerification.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesMissingSignature() {
		assertThat(this.verifier.verify(Long.toString(NOW), null, BODY))
			.isEqualTo(SlackRequestVerification.MISSING_SIGNATURE);
		assertThat(this.verifier.verify(Long.toString(NOW), " ", BODY))
			.isEqualTo(SlackRequestVerification.MISSING_SIGNATURE);
	}

	@Test
	void refusesMissingTimestamp() {
		String signature = this.verifier.sign(NOW, BODY);
		assertThat(this.verifier.verify(null, signature, BODY)).isEqualTo(SlackRequestVerification.MISSING_TIMESTAMP);
		assertThat(this.verifier.verify("", signature, BODY)).isEqualTo(SlackRequestVerification.MISSING_TIMESTAMP);
	}

	@Test
	void refusesTimestampOlderThanTolerance() {
		long stale = NOW - Duration.ofMinutes(5).toSeconds() - 1;
		assertThat(this.verifier.verify(Long.toString(stale), this.verifier.sign(stale, BODY), BODY))
			.isEqualTo(SlackRequestVerification.STALE_TIMESTAMP);
	}

	@Test
	void refusesTimestampFurtherInTheFutureThanTolerance() {
		long future = NOW + Duration.ofMinutes(5).toSeconds() + 1;
		assertThat(this.verifier.verify(Long.toString(future), this.verifier.sign(future, BODY), BODY))
			.isEqualTo(SlackRequestVerification.STALE_TIMESTAMP);
	}

	@Test
	void acceptsTimestampsAtTheEdgesOfTolerance() {
		long oldest = NOW - Duration.ofMinutes(5).toSeconds();
		long newest = NOW + Duration.ofMinutes(5).toSeconds();
		assertThat(this.verifier.verify(Long.toString(oldest), this.verifier.sign(oldest, BODY), BODY))
			.isEqualTo(SlackRequestVerification.VERIFIED);
		assertThat(this.verifier.verify(Long.toString(newest), this.verifier.sign(newest, BODY), BODY))
			.isEqualTo(SlackRequestVerification.VERIFIED);
	}

	@Test
	void honoursConfiguredTolerance() {
		SlackRequestVerifier strict = new SlackRequestVerifier("test-secret", Duration.ofSeconds(30),
				Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
		long old = NOW - 31;
		assertThat(strict.verify(Long.toString(old), strict.sign(old, BODY), BODY))
			.isEqualTo(SlackRequestVerification.STALE_TIMESTAMP);
	}

	@Test
	void refusesNonNumericTimestamps() {
		String signature = this.verifier.sign(NOW, BODY);
		for (String timestamp : new String[] { "yesterday", "1700000000.5", "0x6553F100", "99999999999999999999" }) {
			assertThat(this.verifier.verify(timestamp, signature, BODY)).as(timestamp)
				.isEqualTo(SlackRequestVerification.MALFORMED_TIMESTAMP);
		}
	}

	@Test
	void refusesExtremeTimestampsWithoutOverflow() {
		String signature = this.verifier.sign(NOW, BODY);
		assertThat(this.verifier.verify(Long.toString(Long.MIN_VALUE), signature, BODY))
			.isEqualTo(SlackRequestVerification.STALE_TIMESTAMP);
		assertThat(this.verifier.verify(Long.toString(Long.MAX_VALUE), signature, BODY))
			.isEqualTo(SlackRequestVerification.STALE_TIMESTAMP);
	}

	@Test
	void refusesOtherSignatureVersions() {
		String v1 = "v1=" + this.verifier.sign(NOW, BODY).substring(3);
		assertThat(this.verifier.verify(Long.toString(NOW), v1, BODY))
			.isEqualTo(SlackRequestVerification.UNSUPPORTED_VERSION);
		assertThat(this.verifier.verify(Long.toString(NOW), this.verifier.sign(NOW, BODY).substring(3), BODY))
			.isEqualTo(SlackRequestVerification.UNSUPPORTED_VERSION);
	}

	@Test
	void givesEveryFailureAShortReasonAndDescription() {
		for (SlackRequestVerification verification : SlackRequestVerification.values()) {
			assertThat(verification.reason()).matches("[a-z_]+");
			assertThat(verification.description()).isNotBlank();
			assertThat(verification.isVerified()).isEqualTo(verification == SlackRequestVerification.VERIFIED);
		}
	}

	@Test
	void neverShowsSecret() {
		SlackRequestVerifier verifier = new SlackRequestVerifier("very-secret-value");
		assertThat(verifier.toString()).doesNotContain("very-secret-value").contains("****");
	}

	@Test
	void requiresSecretAndPositiveTolerance() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SlackRequestVerifier(""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SlackRequestVerifier("secret", Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlackRequestVerifier("secret", Duration.ofSeconds(-1)));
	}

	private static SlackRequestVerifier verifierAt(long epochSecond) {
		return new SlackRequestVerifier("test-secret", Duration.ofMinutes(5),
				Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
	}

}
