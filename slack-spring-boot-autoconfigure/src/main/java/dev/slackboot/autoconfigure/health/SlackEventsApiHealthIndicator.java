package dev.slackboot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackEventsApiMetrics;
import dev.slackboot.events.SlackRequestVerification;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health of the Events API endpoint ({@link SlackEventsApiHandler}), read from its in-memory counters. Slack
 * calls the app, so the app cannot tell whether Slack reaches it; what it can tell is whether the requests it
 * gets are Slack's:
 * <ul>
 * <li>{@code UP} when the last request with a valid signature came after the last refused one;</li>
 * <li>{@code UNKNOWN} before any request with a valid signature, and when requests were refused since the last
 * valid one: a wrong signing secret (every request of Slack refused) or someone else's requests.</li>
 * </ul>
 * Never {@code DOWN}: anyone can send refused requests, and they must not be able to fail the application's
 * health. Details: when the last valid request came, the requests accepted, Slack's redeliveries, the refused
 * requests by reason, how many since the last valid one, and the last reason. Never a secret or a body.
 */
public class SlackEventsApiHealthIndicator extends AbstractHealthIndicator {

	private final SlackEventsApiHandler handler;

	private final Clock clock;

	/**
	 * Creates an indicator.
	 * @param handler the Events API handler
	 */
	public SlackEventsApiHealthIndicator(SlackEventsApiHandler handler) {
		this(handler, Clock.systemUTC());
	}

	SlackEventsApiHealthIndicator(SlackEventsApiHandler handler, Clock clock) {
		super("Slack Events API health check failed");
		Assert.notNull(handler, "handler must not be null");
		this.handler = handler;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SlackEventsApiMetrics metrics = this.handler.getMetrics();
		Instant now = this.clock.instant();
		Instant lastVerifiedAt = metrics.getLastVerifiedAt();
		if (lastVerifiedAt != null) {
			builder.withDetail("lastVerifiedRequestAge", age(lastVerifiedAt, now).toString());
		}
		builder.withDetail("accepted", metrics.getAcceptedCount());
		builder.withDetail("retries", metrics.getRetryCount());
		Map<String, Long> failures = new LinkedHashMap<>();
		metrics.getSignatureFailureCounts().forEach((reason, count) -> {
			if (count > 0) {
				failures.put(reason.reason(), count);
			}
		});
		builder.withDetail("signatureFailures", failures);
		long failuresSinceLastVerified = metrics.getSignatureFailuresSinceLastVerified();
		builder.withDetail("signatureFailuresSinceLastVerified", failuresSinceLastVerified);
		SlackRequestVerification lastFailure = metrics.getLastSignatureFailure();
		Instant lastFailureAt = metrics.getLastSignatureFailureAt();
		if (lastFailure != null && lastFailureAt != null) {
			builder.withDetail("lastSignatureFailure", lastFailure.reason())
				.withDetail("lastSignatureFailureAge", age(lastFailureAt, now).toString());
		}
		if (lastVerifiedAt != null && failuresSinceLastVerified == 0) {
			builder.up();
		}
		else {
			builder.unknown();
			detail(builder, lastVerifiedAt, failuresSinceLastVerified);
		}
	}

	private static void detail(Health.Builder builder, @Nullable Instant lastVerifiedAt,
			long failuresSinceLastVerified) {
		if (failuresSinceLastVerified > 0) {
			builder.withDetail("hint", "Requests were refused for their signature since the last valid one; if "
					+ "Slack's own requests are refused, check slack.signing-secret");
		}
		else if (lastVerifiedAt == null) {
			builder.withDetail("hint", "No request from Slack yet");
		}
	}

	private static Duration age(Instant since, Instant now) {
		Duration age = Duration.between(since, now).truncatedTo(ChronoUnit.MILLIS);
		return age.isNegative() ? Duration.ZERO : age;
	}

}
