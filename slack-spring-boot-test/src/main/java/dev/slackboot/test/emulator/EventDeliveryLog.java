package dev.slackboot.test.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The latest finished deliveries of Events API requests (up to 1000), and the waits for one matching a predicate.
 */
final class EventDeliveryLog {

	private static final int MAX_RECORDED = 1000;

	private final Deque<EventDelivery> deliveries = new ArrayDeque<>();

	private final List<Waiter> waiters = new ArrayList<>();

	/**
	 * Records a finished delivery and completes the waits it matches.
	 * @param delivery the delivery
	 * @return the delivery
	 */
	synchronized EventDelivery record(EventDelivery delivery) {
		if (this.deliveries.size() == MAX_RECORDED) {
			this.deliveries.removeFirst();
		}
		this.deliveries.addLast(delivery);
		for (Waiter waiter : List.copyOf(this.waiters)) {
			if (waiter.predicate().test(delivery)) {
				this.waiters.remove(waiter);
				waiter.sink().tryEmitValue(delivery);
			}
		}
		return delivery;
	}

	/**
	 * Returns the finished deliveries, oldest first.
	 * @return up to the last 1000
	 */
	synchronized List<EventDelivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/**
	 * Returns the first recorded delivery matching a predicate, or the next one recorded.
	 * @param predicate what the delivery must match
	 * @return the delivery; cancelling it ends the wait
	 */
	synchronized Mono<EventDelivery> next(Predicate<EventDelivery> predicate) {
		for (EventDelivery delivery : this.deliveries) {
			if (predicate.test(delivery)) {
				return Mono.just(delivery);
			}
		}
		Waiter waiter = new Waiter(predicate, Sinks.one());
		this.waiters.add(waiter);
		return waiter.sink().asMono().publishOn(Schedulers.parallel()).doFinally((signal) -> remove(waiter));
	}

	private synchronized void remove(Waiter waiter) {
		this.waiters.remove(waiter);
	}

	private record Waiter(Predicate<EventDelivery> predicate, Sinks.One<EventDelivery> sink) {

	}

}
