package dev.slackboot.test.emulator;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the emulator's IDs and message timestamps: timestamps are Slack's {@code seconds.micros} strings,
 * unique and increasing, so that they order and identify messages as on Slack.
 */
final class IdGenerator {

	private final AtomicLong lastMicros = new AtomicLong();

	private final AtomicInteger sequence = new AtomicInteger(0x100);

	/**
	 * Returns a new message timestamp, later than every one returned before.
	 * @return the timestamp, e.g. {@code 1700000000.000100}
	 */
	String nextTs() {
		long now = System.currentTimeMillis() * 1000;
		long micros = this.lastMicros.updateAndGet((last) -> Math.max(last + 1, now));
		return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
	}

	/**
	 * Returns a new ID.
	 * @param prefix Slack's prefix for the kind of object, e.g. {@code C} for a channel
	 * @return the ID, e.g. {@code C0E000101}
	 */
	String nextId(char prefix) {
		return prefix + String.format(Locale.ROOT, "0E%06X", this.sequence.incrementAndGet());
	}

}
