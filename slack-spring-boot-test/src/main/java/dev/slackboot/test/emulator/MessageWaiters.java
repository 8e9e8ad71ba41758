package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.slackboot.model.Message;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Holds the waits for a message matching a predicate and completes them as messages are stored. Waits complete
 * on another thread, so that no one continues inside the workspace's lock.
 */
final class MessageWaiters {

	private final List<Waiter> waiters = new ArrayList<>();

	/**
	 * Registers a wait.
	 * @param predicate what the message must match
	 * @return the first matching message offered after this call; cancelling it ends the wait
	 */
	synchronized Mono<Message> register(Predicate<Message> predicate) {
		Waiter waiter = new Waiter(predicate, Sinks.one());
		this.waiters.add(waiter);
		return waiter.sink().asMono().publishOn(Schedulers.parallel()).doFinally((signal) -> remove(waiter));
	}

	/**
	 * Whether anyone waits, so that a stored message needs to be offered.
	 * @return {@code true} when a wait is registered
	 */
	synchronized boolean isWaiting() {
		return !this.waiters.isEmpty();
	}

	/**
	 * Offers a stored message to every wait; each one it matches completes. A predicate that throws ends its
	 * wait with that exception.
	 * @param message the message
	 */
	synchronized void offer(Message message) {
		for (Waiter waiter : List.copyOf(this.waiters)) {
			try {
				if (waiter.predicate().test(message)) {
					this.waiters.remove(waiter);
					waiter.sink().tryEmitValue(message);
				}
			}
			catch (RuntimeException ex) {
				this.waiters.remove(waiter);
				waiter.sink().tryEmitError(ex);
			}
		}
	}

	private synchronized void remove(Waiter waiter) {
		this.waiters.remove(waiter);
	}

	private record Waiter(Predicate<Message> predicate, Sinks.One<Message> sink) {

	}

}
