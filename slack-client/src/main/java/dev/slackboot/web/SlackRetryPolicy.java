package dev.slackboot.web;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How the Web API client retries failed calls.
 *
 * <p>
 * A rate-limited call (HTTP 429) waits for Slack's {@code Retry-After} plus a random jitter and is retried up
 * to {@code maxRateLimitRetries} times, unless Slack asks for a wait longer than {@code maxRetryAfter}.
 * A connection that could not be opened, and a server error or timeout on a read method, are retried up
 * to {@code maxRetries} times with exponential backoff and jitter between {@code initialBackoff} and
 * {@code maxBackoff}. A write that may have reached Slack is never retried.
 *
 * @param maxRetries retries after connection failures and, for read methods, server errors and timeouts
 * @param initialBackoff the first backoff
 * @param maxBackoff the largest backoff
 * @param maxRateLimitRetries retries after HTTP 429
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for; a longer one fails the call
 * @param rateLimitJitter the largest random delay added to {@code Retry-After}
 */
public record SlackRetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, int maxRateLimitRetries,
		Duration maxRetryAfter, Duration rateLimitJitter) {

	private static final SlackRetryPolicy DEFAULTS = new SlackRetryPolicy(3, Duration.ofMillis(500),
			Duration.ofSeconds(10), 3, Duration.ofSeconds(60), Duration.ofSeconds(1));

	public SlackRetryPolicy {
		Assert.isTrue(maxRetries >= 0, "maxRetries must not be negative");
		Assert.isTrue(maxRateLimitRetries >= 0, "maxRateLimitRetries must not be negative");
		Assert.isTrue(!initialBackoff.isNegative(), "initialBackoff must not be negative");
		Assert.isTrue(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must not be less than initialBackoff");
		Assert.isTrue(!maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
		Assert.isTrue(!rateLimitJitter.isNegative(), "rateLimitJitter must not be negative");
	}

	/**
	 * Returns the defaults: 3 retries with backoff from 500 ms to 10 s, 3 rate-limit retries waiting at most
	 * 60 s each, with up to 1 s of jitter.
	 * @return the default policy
	 */
	public static SlackRetryPolicy defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns this policy without retries after HTTP 429, for callers that wait for {@code Retry-After}
	 * themselves.
	 * @return the policy without rate-limit retries
	 */
	public SlackRetryPolicy withoutRateLimitRetries() {
		return new SlackRetryPolicy(this.maxRetries, this.initialBackoff, this.maxBackoff, 0, this.maxRetryAfter,
				this.rateLimitJitter);
	}

	/**
	 * Returns a policy that never retries.
	 * @return a policy without retries
	 */
	public static SlackRetryPolicy none() {
		return new SlackRetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO);
	}

}
