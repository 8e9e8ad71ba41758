package dev.slackboot.test.emulator;

/**
 * What is wrong with a request sent by {@link SlackEmulator#sendForgedEvent(String, RequestForgery)}, for the
 * app's tests that such requests are rejected.
 */
public enum RequestForgery {

	/**
	 * {@code X-Slack-Signature} computed with another secret.
	 */
	BAD_SIGNATURE,

	/**
	 * A correct signature over a timestamp ten minutes old, as a replayed request has.
	 */
	STALE_TIMESTAMP,

	/**
	 * No {@code X-Slack-Signature} header.
	 */
	NO_SIGNATURE

}
