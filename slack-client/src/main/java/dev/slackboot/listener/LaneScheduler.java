package dev.slackboot.listener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import org.springframework.util.Assert;

/**
 * Runs work items in ordered lanes: items of one lane (one key) one after the other, in the order they were
 * accepted; items of different lanes in parallel, at most {@code concurrency} at a time. At most
 * {@code capacity} items wait in the lanes; an offer beyond that completes only once fewer than half the
 * capacity wait (backpressure), in the order the offers were made. Nothing is dropped and memory stays bounded by
 * the capacity plus the offers in flight. Resuming at half rather than at the first free place lets a producer
 * that was held back hand items over in a run at once, instead of waiting again for every single item.
 *
 * <p>
 * Items run on workers submitted to the executor: a worker runs items one after the other, taking the next
 * ready lane itself (with no new task per item), and ends when no lane is ready; another worker is submitted only
 * when more lanes are ready than workers are free to take them. An item that goes on asynchronously keeps its
 * lane (and a place among the {@code concurrency}) until it ends, but not its worker.
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

	/**
	 * Waiting offers are admitted once fewer items than this are queued.
	 */
	private final int resumeBelow;

	private final int concurrency;

	private final Executor executor;

	private final Processor<T> processor;

	private final Object monitor = new Object();

	private final Map<String, Lane<T>> lanes = new HashMap<>();

	private final ArrayDeque<Lane<T>> ready = new ArrayDeque<>();

	private final ArrayDeque<Offer<T>> waiting = new ArrayDeque<>();

	private final List<MonoSink<Void>> idleWaiters = new ArrayList<>();

	private int queued;

	private int active;

	private int workers;

	private int busyWorkers;

	private boolean accepting;

	LaneScheduler(int capacity, int concurrency, Executor executor, Processor<T> processor) {
		Assert.isTrue(capacity > 0, "capacity must be positive");
		Assert.isTrue(concurrency > 0, "concurrency must be positive");
		this.capacity = capacity;
		this.resumeBelow = Math.max(1, capacity / 2);
		this.concurrency = concurrency;
		this.executor = executor;
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
			List<Runnable> actions = new ArrayList<>(2);
			synchronized (this.monitor) {
				if (!this.accepting) {
					actions.add(() -> sink.error(rejected()));
				}
				else if (this.waiting.isEmpty() && this.queued < this.capacity) {
					enqueue(offer, actions);
					startWorkers(actions);
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
	 * Accepts an item at once if there is room and no earlier offer waits.
	 * @param key the lane
	 * @param item the item
	 * @param admission tested when the item is accepted; {@code false} drops it
	 * @return {@code true} when the item was accepted (or dropped), {@code false} when it was not taken (no room,
	 * or the scheduler does not accept items)
	 */
	boolean tryOffer(String key, T item, Predicate<T> admission) {
		List<Runnable> actions = new ArrayList<>(1);
		synchronized (this.monitor) {
			if (!this.accepting || !this.waiting.isEmpty() || this.queued >= this.capacity) {
				return false;
			}
			if (admission.test(item)) {
				enqueue(key, item);
				startWorkers(actions);
			}
		}
		actions.forEach(Runnable::run);
		return true;
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
			enqueue(offer.key(), offer.item());
		}
		actions.add(offer.sink()::success);
	}

	private void enqueue(String key, T item) {
		Lane<T> lane = this.lanes.computeIfAbsent(key, Lane::new);
		lane.items.add(item);
		this.queued++;
		if (!lane.scheduled) {
			lane.scheduled = true;
			this.ready.add(lane);
		}
	}

	/**
	 * Submits workers while more lanes are ready than free workers will take and a place among the
	 * {@code concurrency} is left for them.
	 */
	private void startWorkers(List<Runnable> actions) {
		int free = this.workers - this.busyWorkers;
		while (this.workers < this.concurrency && this.ready.size() > free && this.active + free < this.concurrency) {
			this.workers++;
			free++;
			actions.add(this::submitWorker);
		}
	}

	private void submitWorker() {
		try {
			this.executor.execute(this::work);
		}
		catch (RejectedExecutionException ex) {
			logger.error("The executor of the Slack listeners rejected a worker; queued events wait for the next one",
					ex);
			synchronized (this.monitor) {
				this.workers--;
			}
		}
	}

	/**
	 * A worker: runs the items of ready lanes one after the other until none is ready.
	 */
	private void work() {
		List<Runnable> actions = new ArrayList<>(2);
		Lane<T> lane;
		synchronized (this.monitor) {
			lane = take();
			if (lane == null) {
				this.workers--;
				return;
			}
		}
		while (lane != null) {
			Lane<T> current = lane;
			boolean ended = process(current);
			synchronized (this.monitor) {
				this.busyWorkers--;
				if (ended) {
					laneDone(current);
				}
				lane = take();
				admitWaiting(actions);
				if (lane == null) {
					lane = take();
				}
				if (lane == null) {
					this.workers--;
					notifyIdle(actions);
				}
				else {
					startWorkers(actions);
				}
			}
			if (!actions.isEmpty()) {
				actions.forEach(Runnable::run);
				actions.clear();
			}
		}
	}

	/**
	 * Takes the next ready lane with its next item for the calling worker.
	 */
	private @Nullable Lane<T> take() {
		if (this.active >= this.concurrency || this.ready.isEmpty()) {
			return null;
		}
		Lane<T> lane = this.ready.poll();
		lane.running = lane.items.poll();
		this.queued--;
		this.active++;
		this.busyWorkers++;
		return lane;
	}

	private boolean process(Lane<T> lane) {
		T item = lane.running;
		try {
			return this.processor.process(item, () -> asynchronousItemEnded(lane));
		}
		catch (RuntimeException ex) {
			logger.error("Unexpected failure processing " + item, ex);
			return true;
		}
	}

	private void asynchronousItemEnded(Lane<T> lane) {
		List<Runnable> actions = new ArrayList<>(2);
		synchronized (this.monitor) {
			laneDone(lane);
			admitWaiting(actions);
			startWorkers(actions);
			notifyIdle(actions);
		}
		actions.forEach(Runnable::run);
	}

	private void laneDone(Lane<T> lane) {
		lane.running = null;
		this.active--;
		if (lane.items.isEmpty()) {
			lane.scheduled = false;
			this.lanes.remove(lane.key);
		}
		else {
			this.ready.add(lane);
		}
	}

	private void admitWaiting(List<Runnable> actions) {
		if (this.queued >= this.resumeBelow) {
			return;
		}
		while (this.queued < this.capacity && !this.waiting.isEmpty()) {
			enqueue(this.waiting.poll(), actions);
		}
	}

	private void notifyIdle(List<Runnable> actions) {
		if (isIdle() && !this.idleWaiters.isEmpty()) {
			List<MonoSink<Void>> idle = new ArrayList<>(this.idleWaiters);
			this.idleWaiters.clear();
			idle.forEach((sink) -> actions.add(sink::success));
		}
	}

	private boolean isIdle() {
		return this.queued == 0 && this.active == 0;
	}

	private void cancel(Offer<T> offer) {
		synchronized (this.monitor) {
			this.waiting.remove(offer);
		}
	}

	private static SlackEventRejectedException rejected() {
		return new SlackEventRejectedException("The Slack event dispatcher is not running; the event was not accepted");
	}

	/**
	 * Processes one item on the calling thread.
	 *
	 * @param <T> the type of work item
	 */
	@FunctionalInterface
	interface Processor<T> {

		/**
		 * Processes an item.
		 * @param item the item
		 * @param ended called once, from any thread, when processing that went on asynchronously ended; not
		 * called when this method returns {@code true}
		 * @return {@code true} when the item was processed before returning, {@code false} when it goes on
		 * asynchronously
		 */
		boolean process(T item, Runnable ended);

	}

	private record Offer<T>(String key, T item, Predicate<T> admission, MonoSink<Void> sink) {
	}

	private static final class Lane<T> {

		private final String key;

		private final ArrayDeque<T> items = new ArrayDeque<>(INITIAL_LANE_CAPACITY);

		private boolean scheduled;

		private @Nullable T running;

		Lane(String key) {
			this.key = key;
		}

	}

}
