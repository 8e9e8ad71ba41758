package dev.slackboot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * What the health indicators of the WebSocket transports share: how long a client has been disconnected, the
 * {@code DOWN} threshold, ages and failure messages with tokens and socket URLs masked.
 */
final class ConnectionHealth {

	private static final Pattern SECRETS = Pattern.compile("\\bxox[a-z]-[\\w-]+|\\bxapp-[\\w-]+|\\bwss?://\\S+");

	private final Duration downAfter;

	private final Clock clock;

	private volatile @Nullable Instant disconnectedSince;

	ConnectionHealth(Duration downAfter, Clock clock) {
		Assert.isTrue(!downAfter.isNegative(), "downAfter must not be negative");
		this.downAfter = downAfter;
		this.clock = clock;
	}

	/**
	 * Records that the client is connected or stopped: it is not counted as disconnected.
	 */
	void settled() {
		this.disconnectedSince = null;
	}

	/**
	 * Records that the client is connecting or reconnecting, keeping the time it first lost its connection.
	 */
	synchronized void disconnected() {
		if (this.disconnectedSince == null) {
			this.disconnectedSince = this.clock.instant();
		}
	}

	/**
	 * Reports a client that is connecting or reconnecting: {@code UNKNOWN} within the threshold, {@code DOWN}
	 * after it.
	 */
	void reportDisconnected(Health.Builder builder) {
		Instant since = this.disconnectedSince;
		Duration disconnectedFor = (since != null) ? age(since) : Duration.ZERO;
		builder.withDetail("disconnectedFor", disconnectedFor.toString())
			.withDetail("downAfter", this.downAfter.toString());
		if (disconnectedFor.compareTo(this.downAfter) >= 0) {
			builder.down();
		}
		else {
			builder.unknown();
		}
	}

	/**
	 * Returns how long ago the given instant was, in milliseconds, never negative.
	 */
	Duration age(Instant since) {
		Duration age = Duration.between(since, this.clock.instant()).truncatedTo(ChronoUnit.MILLIS);
		return age.isNegative() ? Duration.ZERO : age;
	}

	/**
	 * Returns a failure's message with tokens and socket URLs masked, or its type when it has none.
	 */
	static String failureMessage(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getSimpleName();
		}
		return SECRETS.matcher(message).replaceAll("****");
	}

}
