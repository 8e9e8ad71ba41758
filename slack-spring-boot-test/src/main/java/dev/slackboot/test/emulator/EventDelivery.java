package dev.slackboot.test.emulator;

import org.jspecify.annotations.Nullable;

/**
 * A request the emulator sent to the app's Events API request URL, once finished: answered with a 2xx status, or
 * given up after the last retry.
 *
 * @param eventId the {@code event_id} of an {@code event_callback}, {@code null} for a {@code url_verification}
 * @param type the event type (e.g. {@code message}), or {@code url_verification}
 * @param attempts the requests sent: 1, plus the retries
 * @param status the HTTP status of the last answer, 0 when the app did not answer in time or could not be reached
 * @param failure why the last attempt failed, as in {@code X-Slack-Retry-Reason} ({@code http_timeout},
 * {@code http_error}, {@code connection_failed}) or {@code challenge_mismatch} for a {@code url_verification}
 * answered without the challenge; {@code null} when delivered
 */
public record EventDelivery(@Nullable String eventId, String type, int attempts, int status,
		@Nullable String failure) {

	/**
	 * Whether the app answered with a 2xx status (and, for a {@code url_verification}, the challenge).
	 * @return {@code true} when delivered
	 */
	public boolean delivered() {
		return this.failure == null;
	}

}
