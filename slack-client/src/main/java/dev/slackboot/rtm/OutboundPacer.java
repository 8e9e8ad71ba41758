package dev.slackboot.rtm;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;

/**
 * Queues outgoing messages and hands them to the current connection no faster than one per interval. Messages
 * wait while there is no connection and are never dropped: a message the connection cannot take goes back to
 * the head of the queue, and only {@link #failQueued(Throwable)} ends them.
 */
final class OutboundPacer {

	private final long intervalNanos;

	private final Scheduler scheduler;

	private final Deque<OutboundMessage> queue = new ArrayDeque<>();

	private @Nullable Target target;

	private long nextSendNanos;

	private boolean wakeUpScheduled;

	OutboundPacer(Duration interval, Scheduler scheduler) {
		this.intervalNanos = interval.toNanos();
		this.scheduler = scheduler;
		this.nextSendNanos = System.nanoTime();
	}

	/**
	 * Queues a message; it is sent as soon as a connection is attached and the pace allows.
	 * @param message the message
	 */
	synchronized void enqueue(OutboundMessage message) {
		this.queue.addLast(message);
		drain();
	}

	/**
	 * Starts handing messages to the given connection.
	 * @param target the connection
	 */
	synchronized void attach(Target target) {
		this.target = target;
		drain();
	}

	/**
	 * Stops handing messages to the given connection, if it is the attached one.
	 * @param target the connection
	 */
	synchronized void detach(Target target) {
		if (this.target == target) {
			this.target = null;
		}
	}

	/**
	 * Fails and removes every queued message.
	 * @param failure the failure
	 */
	void failQueued(Throwable failure) {
		List<OutboundMessage> failed;
		synchronized (this) {
			failed = new ArrayList<>(this.queue);
			this.queue.clear();
		}
		failed.forEach((message) -> message.reply().tryEmitError(failure));
	}

	/**
	 * Returns how many messages wait to be sent.
	 * @return the count
	 */
	synchronized int queued() {
		return this.queue.size();
	}

	private void drain() {
		while (this.target != null && !this.queue.isEmpty()) {
			long now = System.nanoTime();
			long wait = this.nextSendNanos - now;
			if (wait > 0) {
				if (!this.wakeUpScheduled) {
					this.wakeUpScheduled = true;
					this.scheduler.schedule(this::wakeUp, wait, TimeUnit.NANOSECONDS);
				}
				return;
			}
			OutboundMessage message = this.queue.pollFirst();
			if (!this.target.offer(message)) {
				this.queue.addFirst(message);
				this.target = null;
				return;
			}
			this.nextSendNanos = now + this.intervalNanos;
		}
	}

	private synchronized void wakeUp() {
		this.wakeUpScheduled = false;
		drain();
	}

	/**
	 * A connection that sends messages.
	 */
	interface Target {

		/**
		 * Sends a message.
		 * @param message the message
		 * @return {@code false} when the connection can no longer send
		 */
		boolean offer(OutboundMessage message);

	}

}
