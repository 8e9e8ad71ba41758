package dev.slackboot.listener;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Counters of a {@link SlackEventDispatcher}, read by metrics binders: events received by type and transport,
 * redeliveries dropped, and listener invocations by listener ID and outcome with their durations. The
 * dispatcher's gauges (queue size, active lanes, waiting transports) are on the dispatcher itself. A
 * {@link KeyListener} is told of each new event type and transport, and each new listener ID and outcome, so
 * that a metrics binder can register a meter per key when it first appears.
 */
public final class SlackDispatcherMetrics {

	private static final Log logger = LogFactory.getLog(SlackDispatcherMetrics.class);

	private final List<KeyListener> keyListeners = new CopyOnWriteArrayList<>();

	private final ConcurrentMap<EventKey, LongAdder> received = new ConcurrentHashMap<>();

	private final LongAdder duplicates = new LongAdder();

	private final ConcurrentMap<InvocationKey, Timing> invocations = new ConcurrentHashMap<>();

	void recordReceived(SlackEvent event) {
		counter(this.received, new EventKey(event.type(), event.transport()), LongAdder::new,
				KeyListener::eventKeyAdded)
			.increment();
	}

	void recordDuplicate() {
		this.duplicates.increment();
	}

	void recordInvocation(String listenerId, Outcome outcome, long nanos) {
		counter(this.invocations, new InvocationKey(listenerId, outcome), Timing::new, KeyListener::invocationKeyAdded)
			.record(nanos);
	}

	/**
	 * Registers a listener that is told of every key counted from now on for the first time, on the thread that
	 * counts it. Keys counted before are in {@link #getReceivedCounts()} and {@link #getInvocations()}.
	 * @param listener the listener; it must return quickly
	 */
	public void addKeyListener(KeyListener listener) {
		Assert.notNull(listener, "listener must not be null");
		this.keyListeners.add(listener);
	}

	/**
	 * Returns how many events were handed to the dispatcher, by type and transport (redeliveries included).
	 * @return a snapshot of the counts
	 */
	public Map<EventKey, Long> getReceivedCounts() {
		Map<EventKey, Long> counts = new LinkedHashMap<>();
		this.received.forEach((key, count) -> counts.put(key, count.sum()));
		return Collections.unmodifiableMap(counts);
	}

	/**
	 * Returns how many events of a type and transport were handed to the dispatcher.
	 * @param type the event type
	 * @param transport the transport
	 * @return the count
	 */
	public long getReceivedCount(String type, SlackTransport transport) {
		LongAdder count = this.received.get(new EventKey(type, transport));
		return (count != null) ? count.sum() : 0;
	}

	/**
	 * Returns how many redelivered events (an event ID seen before) were dropped.
	 * @return the count
	 */
	public long getDuplicateCount() {
		return this.duplicates.sum();
	}

	/**
	 * Returns the listener invocations by listener ID and outcome.
	 * @return a snapshot of the statistics
	 */
	public Map<InvocationKey, InvocationStatistics> getInvocations() {
		Map<InvocationKey, InvocationStatistics> statistics = new LinkedHashMap<>();
		this.invocations.forEach((key, timing) -> statistics.put(key, timing.snapshot()));
		return Collections.unmodifiableMap(statistics);
	}

	/**
	 * Returns the invocations of one listener with one outcome.
	 * @param listenerId the listener ID
	 * @param outcome the outcome
	 * @return the statistics; zero counts when there were none
	 */
	public InvocationStatistics getInvocations(String listenerId, Outcome outcome) {
		Timing timing = this.invocations.get(new InvocationKey(listenerId, outcome));
		return (timing != null) ? timing.snapshot() : new InvocationStatistics(0, Duration.ZERO, Duration.ZERO);
	}

	private <K, V> V counter(ConcurrentMap<K, V> counters, K key, Supplier<V> factory,
			BiConsumer<KeyListener, K> notification) {
		V counter = counters.get(key);
		if (counter != null) {
			return counter;
		}
		V created = factory.get();
		V existing = counters.putIfAbsent(key, created);
		if (existing != null) {
			return existing;
		}
		for (KeyListener listener : this.keyListeners) {
			try {
				notification.accept(listener, key);
			}
			catch (RuntimeException ex) {
				logger.warn("Slack dispatcher metrics key listener " + listener + " failed on " + key, ex);
			}
		}
		return created;
	}

	/**
	 * Told when a counter of a new key appears.
	 */
	public interface KeyListener {

		/**
		 * Called once when the first event of a type and transport is received.
		 * @param key the type and transport
		 */
		default void eventKeyAdded(EventKey key) {
		}

		/**
		 * Called once when a listener's first invocation with an outcome ends.
		 * @param key the listener ID and outcome
		 */
		default void invocationKeyAdded(InvocationKey key) {
		}

	}

	/**
	 * How a listener invocation ended.
	 */
	public enum Outcome {

		/**
		 * The listener and the handling of its result completed.
		 */
		SUCCESS,

		/**
		 * The listener or the handling of its result failed.
		 */
		ERROR

	}

	/**
	 * Identifies a received-events counter.
	 *
	 * @param type the event type
	 * @param transport the transport
	 */
	public record EventKey(String type, SlackTransport transport) {
	}

	/**
	 * Identifies an invocation timer.
	 *
	 * @param listenerId the listener ID
	 * @param outcome the outcome
	 */
	public record InvocationKey(String listenerId, Outcome outcome) {
	}

	/**
	 * Invocation counts and durations.
	 *
	 * @param count the number of invocations
	 * @param totalTime their total duration
	 * @param maxTime the longest one
	 */
	public record InvocationStatistics(long count, Duration totalTime, Duration maxTime) {
	}

	private static final class Timing {

		private final LongAdder count = new LongAdder();

		private final LongAdder totalNanos = new LongAdder();

		private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

		void record(long nanos) {
			this.count.increment();
			this.totalNanos.add(nanos);
			this.maxNanos.accumulate(nanos);
		}

		InvocationStatistics snapshot() {
			return new InvocationStatistics(this.count.sum(), Duration.ofNanos(this.totalNanos.sum()),
					Duration.ofNanos(this.maxNanos.get()));
		}

	}

}
