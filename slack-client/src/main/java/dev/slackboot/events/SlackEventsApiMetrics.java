package dev.slackboot.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Counters of a {@link SlackEventsApiHandler}, read by metrics binders and health checks: requests accepted,
 * requests refused for their signature (by {@link SlackRequestVerification reason}), Slack's redeliveries, and
 * when the last verified and the last refused request arrived. Redeliveries dropped as duplicates are counted by
 * the dispatcher ({@link dev.slackboot.listener.SlackDispatcherMetrics#getDuplicateCount()}).
 */
public final class SlackEventsApiMetrics {

	private final Clock clock;

	private final LongAdder accepted = new LongAdder();

	private final LongAdder retries = new LongAdder();

	private final Map<SlackRequestVerification, LongAdder> signatureFailures = new EnumMap<>(
			SlackRequestVerification.class);

	private final AtomicLong failuresSinceLastVerified = new AtomicLong();

	private volatile @Nullable Instant lastVerifiedAt;

	private volatile @Nullable Instant lastSignatureFailureAt;

	private volatile @Nullable SlackRequestVerification lastSignatureFailure;

	SlackEventsApiMetrics(Clock clock) {
		this.clock = clock;
		for (SlackRequestVerification verification : SlackRequestVerification.values()) {
			if (!verification.isVerified()) {
				this.signatureFailures.put(verification, new LongAdder());
			}
		}
	}

	void recordVerified() {
		this.lastVerifiedAt = this.clock.instant();
		this.failuresSinceLastVerified.set(0);
	}

	void recordSignatureFailure(SlackRequestVerification verification) {
		this.signatureFailures.get(verification).increment();
		this.failuresSinceLastVerified.incrementAndGet();
		this.lastSignatureFailure = verification;
		this.lastSignatureFailureAt = this.clock.instant();
	}

	void recordRetry() {
		this.retries.increment();
	}

	void recordAccepted() {
		this.accepted.increment();
	}

	/**
	 * Returns how many events, slash commands and interactions were accepted by the event handler (and answered
	 * with 200), redeliveries included.
	 * @return the count
	 */
	public long getAcceptedCount() {
		return this.accepted.sum();
	}

	/**
	 * Returns how many verified requests were Slack's redeliveries ({@code X-Slack-Retry-Num} above 0).
	 * @return the count
	 */
	public long getRetryCount() {
		return this.retries.sum();
	}

	/**
	 * Returns how many requests were refused for a reason.
	 * @param reason the reason, not {@link SlackRequestVerification#VERIFIED}
	 * @return the count
	 */
	public long getSignatureFailureCount(SlackRequestVerification reason) {
		LongAdder count = this.signatureFailures.get(reason);
		return (count != null) ? count.sum() : 0;
	}

	/**
	 * Returns how many requests were refused, by reason (every reason, zero counts included).
	 * @return a snapshot of the counts
	 */
	public Map<SlackRequestVerification, Long> getSignatureFailureCounts() {
		Map<SlackRequestVerification, Long> counts = new EnumMap<>(SlackRequestVerification.class);
		this.signatureFailures.forEach((reason, count) -> counts.put(reason, count.sum()));
		return Collections.unmodifiableMap(counts);
	}

	/**
	 * Returns how many requests were refused since the last verified one; many with none verified in between
	 * suggest that the signing secret is not the app's.
	 * @return the count
	 */
	public long getSignatureFailuresSinceLastVerified() {
		return this.failuresSinceLastVerified.get();
	}

	/**
	 * Returns when the last request with a valid signature arrived.
	 * @return the time, or {@code null} if none did
	 */
	public @Nullable Instant getLastVerifiedAt() {
		return this.lastVerifiedAt;
	}

	/**
	 * Returns when the last request was refused for its signature.
	 * @return the time, or {@code null} if none was
	 */
	public @Nullable Instant getLastSignatureFailureAt() {
		return this.lastSignatureFailureAt;
	}

	/**
	 * Returns why the last refused request was refused.
	 * @return the reason, or {@code null} if none was refused
	 */
	public @Nullable SlackRequestVerification getLastSignatureFailure() {
		return this.lastSignatureFailure;
	}

}
