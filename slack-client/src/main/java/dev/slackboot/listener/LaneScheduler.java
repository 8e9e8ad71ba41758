package dev.slackboot.listener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import org.springframework.util.Assert;

/**
 * Runs work items in ordered lanes: items of one lane (one key) one after the other, in the order they were
 * accepted; items of different lanes in parallel, at most {@code concurrency} at a time. At most
 * {@code capacity} items wait in the lanes; an offer beyond that completes only once there is room again
 * (backpressure), in the order the offers were made. Nothing is dropped and memory stays bounded by the
 * capacity plus the offers in flight.
 *
 * @param <T> the type of work item
 */
final class LaneScheduler<T> {

	private static final Log logger = LogFactory.getLog(LaneScheduler.class);

	/**
	 * A lane lives while it has items, often just one: it starts small and grows when its channel is busy.
	 */
	private static final int INITIAL_LANE_CAPACITY = 2;

	private final int capacity;

	private final int concurrency;

	private final Function<T, Mono<Void>> processor;

	private final Object monitor = new Object();

	private final Map<String, Lane<T>> lanes = new HashMap<>();

	private final ArrayDeque<Lane<T>> ready = new ArrayDeque<>();

	private final ArrayDeque<Offer<T>> waiting = new ArrayDeque<>();

	private final List<MonoSink<Void>> idleWaiters = new ArrayList<>();

	private int queued;

	private int active;

	private boolean accepting;

	LaneScheduler(int capacity, int concurrency, Function<T, Mono<Void>> processor) {
		Assert.isTrue(capacity > 0, "capacity must be positive");
		Assert.isTrue(concurrency > 0, "concurrency must be positive");
		this.capacity = capacity;
		this.concurrency = concurrency;
		this.processor = processor;
	}

	/**
	 * Offers an item.
	 * @param key the lane
	 * @param item the item
	 * @param admission tested when the item is accepted; {@code false} drops it (the offer still completes)
	 * @return completes when the item is accepted (or dropped); fails with {@link SlackEventRejectedException}
	 * when the scheduler does not accept items
	 */
	Mono<Void> offer(String key, T item, Predicate<T> admission) {
		return Mono.create((sink) -> {
			Offer<T> offer = new Offer<>(key, item, admission, sink);
			List<Runnable> actions = new ArrayList<>();
			synchronized (this.monitor) {
				if (!this.accepting) {
					actions.add(() -> sink.error(rejected()));
				}
				else if (this.waiting.isEmpty() && this.queued < this.capacity) {
					enqueue(offer, actions);
					pump(actions);
				}
				else {
					this.waiting.add(offer);
					sink.onCancel(() -> cancel(offer));
				}
			}
			actions.forEach(Runnable::run);
		});
	}

	/**
	 * Starts accepting items.
	 */
	void start() {
		synchronized (this.monitor) {
			this.accepting = true;
		}
	}

	/**
	 * Stops accepting items, fails the offers still waiting, and lets the accepted items run.
	 * @return completes when every accepted item has run
	 */
	Mono<Void> stop() {
		List<Offer<T>> rejected;
		synchronized (this.monitor) {
			this.accepting = false;
			rejected = new ArrayList<>(this.waiting);
			this.waiting.clear();
		}
		rejected.forEach((offer) -> offer.sink().error(rejected()));
		return Mono.create((sink) -> {
			boolean idle;
			synchronized (this.monitor) {
				idle = isIdle();
				if (!idle) {
					this.idleWaiters.add(sink);
				}
			}
			if (idle) {
				sink.success();
			}
		});
	}

	boolean isAccepting() {
		synchronized (this.monitor) {
			return this.accepting;
		}
	}

	/**
	 * Returns the number of accepted items that have not started yet.
	 * @return the queue size
	 */
	int queued() {
		synchronized (this.monitor) {
			return this.queued;
		}
	}

	/**
	 * Returns the number of items running.
	 * @return the number of active lanes
	 */
	int active() {
		synchronized (this.monitor) {
			return this.active;
		}
	}

	/**
	 * Returns the number of offers waiting for room.
	 * @return the number of waiting offers
	 */
	int waiting() {
		synchronized (this.monitor) {
			return this.waiting.size();
		}
	}

	private void enqueue(Offer<T> offer, List<Runnable> actions) {
		if (offer.admission().test(offer.item())) {
			Lane<T> lane = this.lanes.computeIfAbsent(offer.key(), Lane::new);
			lane.items.add(offer.item());
			this.queued++;
			if (!lane.scheduled) {
				lane.scheduled = true;
				this.ready.add(lane);
			}
		}
		actions.add(offer.sink()::success);
	}

	private void pump(List<Runnable> actions) {
		boolean progress = true;
		while (progress) {
			progress = false;
			while (this.active < this.concurrency && !this.ready.isEmpty()) {
				Lane<T> lane = this.ready.poll();
				T item = lane.items.poll();
				this.queued--;
				this.active++;
				actions.add(() -> run(lane, item));
				progress = true;
			}
			while (this.queued < this.capacity && !this.waiting.isEmpty()) {
				enqueue(this.waiting.poll(), actions);
				progress = true;
			}
		}
		if (isIdle() && !this.idleWaiters.isEmpty()) {
			List<MonoSink<Void>> idle = new ArrayList<>(this.idleWaiters);
			this.idleWaiters.clear();
			idle.forEach((sink) -> actions.add(sink::success));
		}
	}

	private boolean isIdle() {
		return this.queued == 0 && this.active == 0;
	}

	private void run(Lane<T> lane, T item) {
		Mono<Void> work;
		try {
			work = this.processor.apply(item);
		}
		catch (RuntimeException ex) {
			work = Mono.error(ex);
		}
		work.subscribe(null, (ex) -> {
			logger.error("Unexpected failure processing " + item, ex);
			finished(lane);
		}, () -> finished(lane));
	}

	private void finished(Lane<T> lane) {
		List<Runnable> actions = new ArrayList<>();
		synchronized (this.monitor) {
			this.active--;
			if (lane.items.isEmpty()) {
				lane.scheduled = false;
				this.lanes.remove(lane.key);
			}
			else {
				this.ready.add(lane);
			}
			pump(actions);
		}
		actions.forEach(Runnable::run);
	}

	private void cancel(Offer<T> offer) {
		synchronized (this.monitor) {
			this.waiting.remove(offer);
		}
	}

	private static SlackEventRejectedException rejected() {
		return new SlackEventRejectedException("The Slack event dispatcher is not running; the event was not accepted");
	}

	private record Offer<T>(String key, T item, Predicate<T> admission, MonoSink<Void> sink) {
	}

	private static final class Lane<T> {

		private final String key;

		private final ArrayDeque<T> items = new ArrayDeque<>(INITIAL_LANE_CAPACITY);

		private boolean scheduled;

		Lane(String key) {
			this.key = key;
		}

	}

}
