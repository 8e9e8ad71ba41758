package dev.slackboot.benchmarks;

import java.time.Duration;

/**
 * One row of the table: something measured several times in the same JVM, interleaved with the other rows of its
 * section so that a noisy moment of the machine hits every row alike.
 */
public interface Scenario extends AutoCloseable {

	/**
	 * Returns the group the row is compared within (its floor and Slack SDK rows are in the same group).
	 * @return e.g. {@code RTM ingest}
	 */
	String group();

	/**
	 * Returns what the row measures.
	 * @return e.g. {@code slack-boot SlackRtmClient -> dispatcher -> MessageEvent listener}
	 */
	String label();

	/**
	 * Returns the role of the row in its group.
	 * @return the role
	 */
	Role role();

	/**
	 * Returns the unit of a measurement.
	 * @return the unit
	 */
	Unit unit();

	/**
	 * Runs before the measured runs until the JIT compiler has caught up: at least once and for at least the given
	 * time; the results are discarded.
	 * @param minimum the shortest warm-up
	 * @throws Exception when a run fails
	 */
	default void warmUp(Duration minimum) throws Exception {
		long end = System.nanoTime() + minimum.toNanos();
		do {
			run();
		}
		while (System.nanoTime() < end);
	}

	/**
	 * Measures once.
	 * @return the measurement, in {@link #unit()}
	 * @throws Exception when the run fails
	 */
	double run() throws Exception;

	/**
	 * Releases what the scenario holds.
	 */
	@Override
	default void close() {
	}

	/**
	 * The role of a row in its group.
	 */
	enum Role {

		/**
		 * The raw limit the other rows are divided by.
		 */
		FLOOR,

		/**
		 * Slack's Java SDK.
		 */
		SLACK_SDK,

		/**
		 * This project.
		 */
		SLACK_BOOT

	}

	/**
	 * The unit of a row, and whether more is better.
	 */
	enum Unit {

		/**
		 * Events delivered per second.
		 */
		EVENTS_PER_SECOND("events/s", true),

		/**
		 * Web API calls completed per second.
		 */
		CALLS_PER_SECOND("calls/s", true),

		/**
		 * Bytes allocated per event.
		 */
		BYTES_PER_EVENT("B/event", false),

		/**
		 * Milliseconds.
		 */
		MILLISECONDS("ms", false);

		private final String symbol;

		private final boolean higherIsBetter;

		Unit(String symbol, boolean higherIsBetter) {
			this.symbol = symbol;
			this.higherIsBetter = higherIsBetter;
		}

		/**
		 * Returns the symbol printed in the table.
		 * @return the symbol
		 */
		public String symbol() {
			return this.symbol;
		}

		/**
		 * Returns whether a higher value is better.
		 * @return whether more is better
		 */
		public boolean higherIsBetter() {
			return this.higherIsBetter;
		}

	}

}
