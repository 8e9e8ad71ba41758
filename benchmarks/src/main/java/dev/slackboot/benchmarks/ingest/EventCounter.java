package dev.slackboot.benchmarks.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Counts the events a listener received and notes when the last expected one arrived.
 */
public final class EventCounter {

	private final int expected;

	private final AtomicInteger count = new AtomicInteger();

	private final CountDownLatch done = new CountDownLatch(1);

	private volatile long lastNanos;

	/**
	 * Creates a counter.
	 * @param expected the number of events a run expects
	 */
	public EventCounter(int expected) {
		this.expected = expected;
	}

	/**
	 * Counts an event; called by the listeners.
	 * @param text the event's text, so that the listener reads the event it received
	 */
	public void count(@Nullable String text) {
		if (text != null && this.count.incrementAndGet() == this.expected) {
			this.lastNanos = System.nanoTime();
			this.done.countDown();
		}
	}

	/**
	 * Waits until the expected number of events arrived.
	 * @param timeout how long to wait
	 * @return whether they did
	 * @throws InterruptedException when interrupted
	 */
	public boolean await(Duration timeout) throws InterruptedException {
		return this.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Returns when the last expected event arrived.
	 * @return its {@link System#nanoTime()}
	 */
	public long lastNanos() {
		return this.lastNanos;
	}

	/**
	 * Returns the number of events counted.
	 * @return the count
	 */
	public int count() {
		return this.count.get();
	}

}
