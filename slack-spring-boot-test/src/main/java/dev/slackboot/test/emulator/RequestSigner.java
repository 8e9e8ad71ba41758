package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the requests sent to the app as Slack does: {@code X-Slack-Signature} is {@code v0=} and the hex
 * HMAC-SHA256, keyed with the signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<raw body>}.
 * {@link #toString()} never shows the secret.
 */
final class RequestSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] secret;

	RequestSigner(String signingSecret) {
		this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Signs a request.
	 * @param timestamp the request's {@code X-Slack-Request-Timestamp}, in epoch seconds
	 * @param body the raw body
	 * @return the {@code X-Slack-Signature}
	 */
	String sign(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.secret, ALGORITHM));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "RequestSigner[v0]";
	}

}
