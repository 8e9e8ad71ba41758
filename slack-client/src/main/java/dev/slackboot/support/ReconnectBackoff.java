package dev.slackboot.support;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: the n-th wait is a random duration between the initial backoff and
 * {@code min(max, initial * 2^n)}, so clients that lost their connections together do not come back together.
 * Shared by the RTM and Socket Mode clients. Thread-safe.
 */
public final class ReconnectBackoff {

	private final long initialMillis;

	private final long maxMillis;

	private final RandomGenerator random;

	private int attempts;

	/**
	 * Creates a backoff.
	 * @param initial the shortest wait
	 * @param max the longest wait
	 */
	public ReconnectBackoff(Duration initial, Duration max) {
		this(initial, max, new SplittableRandom());
	}

	/**
	 * Creates a backoff that draws its jitter from the given generator.
	 * @param initial the shortest wait
	 * @param max the longest wait
	 * @param random the source of jitter
	 */
	public ReconnectBackoff(Duration initial, Duration max, RandomGenerator random) {
		this.initialMillis = initial.toMillis();
		this.maxMillis = max.toMillis();
		this.random = random;
	}

	/**
	 * Returns the wait before the next attempt and counts the attempt.
	 * @return the wait
	 */
	public synchronized Duration next() {
		long ceiling = ceiling(this.attempts);
		this.attempts = Math.min(this.attempts + 1, 62);
		return Duration.ofMillis((ceiling > this.initialMillis) ? this.random.nextLong(this.initialMillis, ceiling + 1)
				: this.initialMillis);
	}

	/**
	 * Starts again from the initial backoff, after a connection stayed up long enough.
	 */
	public synchronized void reset() {
		this.attempts = 0;
	}

	private long ceiling(int attempt) {
		long ceiling = this.initialMillis;
		for (int i = 0; i < attempt && ceiling < this.maxMillis; i++) {
			ceiling = ceiling * 2;
		}
		return Math.min(ceiling, this.maxMillis);
	}

}
