package dev.slackboot.support;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReconnectBackoff}: exponential growth, full jitter within bounds, reset.
 */
class ReconnectBackoffTests {

	private static final Duration INITIAL = Duration.ofMillis(100);

	private static final Duration MAX = Duration.ofSeconds(1);

	@Test
	void ceilingDoublesUpToTheMaximum() {
		ReconnectBackoff backoff = new ReconnectBackoff(INITIAL, MAX, new Highest());
		assertThat(millis(backoff, 6)).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
	}

	@Test
	void waitsAreRandomBetweenTheInitialBackoffAndTheCeiling() {
		ReconnectBackoff backoff = new ReconnectBackoff(INITIAL, MAX, new SplittableRandom(42));
		for (int round = 0; round < 200; round++) {
			backoff.reset();
			long ceiling = 100;
			for (long wait : millis(backoff, 8)) {
				assertThat(wait).isBetween(100L, ceiling);
				ceiling = Math.min(ceiling * 2, 1000);
			}
		}
	}

	@Test
	void resetStartsOverFromTheInitialBackoff() {
		ReconnectBackoff backoff = new ReconnectBackoff(INITIAL, MAX, new Highest());
		millis(backoff, 4);
		backoff.reset();
		assertThat(millis(backoff, 2)).containsExactly(100L, 200L);
	}

	@Test
	void manyAttemptsDoNotOverflow() {
		ReconnectBackoff backoff = new ReconnectBackoff(INITIAL, Duration.ofDays(365), new Highest());
		long[] waits = millis(backoff, 200);
		assertThat(waits[199]).isEqualTo(Duration.ofDays(365).toMillis());
	}

	private static long[] millis(ReconnectBackoff backoff, int count) {
		long[] waits = new long[count];
		for (int i = 0; i < count; i++) {
			waits[i] = backoff.next().toMillis();
		}
		return waits;
	}

	/**
	 * Always picks the largest value allowed.
	 */
	private static final class Highest implements RandomGenerator {

		@Override
		public long nextLong() {
			throw new UnsupportedOperationException();
		}

		@Override
		public long nextLong(long origin, long bound) {
			return bound - 1;
		}

	}

}
