package dev.slackboot.socket;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Counters of a {@link SlackSocketModeClient}, read by metrics binders: envelopes received by envelope type
 * ({@value #EVENTS_API}, {@value #SLASH_COMMANDS}, {@value #INTERACTIVE}), acknowledgements with their latency,
 * redeliveries and envelopes left unacknowledged. The ack latency is the time from reading an envelope off the
 * socket to writing its acknowledgement: the time the event handler took to accept the event. An
 * {@link AckListener} is told of every acknowledgement, e.g. to feed a timer with a histogram.
 */
public final class SlackSocketModeMetrics {

	/**
	 * The envelope type of Events API events.
	 */
	public static final String EVENTS_API = SocketModeEvents.EVENTS_API;

	/**
	 * The envelope type of slash commands.
	 */
	public static final String SLASH_COMMANDS = SocketModeEvents.SLASH_COMMANDS;

	/**
	 * The envelope type of interactions.
	 */
	public static final String INTERACTIVE = SocketModeEvents.INTERACTIVE;

	/**
	 * The envelope types Slack sends.
	 */
	public static final List<String> ENVELOPE_TYPES = List.of(EVENTS_API, SLASH_COMMANDS, INTERACTIVE);

	private static final Log logger = LogFactory.getLog(SlackSocketModeMetrics.class);

	private final ConcurrentMap<String, LongAdder> envelopes = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, LongAdder> acks = new ConcurrentHashMap<>();

	private final LongAdder ackNanos = new LongAdder();

	private final LongAccumulator maxAckNanos = new LongAccumulator(Math::max, 0);

	private final LongAdder redeliveries = new LongAdder();

	private final LongAdder unacknowledged = new LongAdder();

	private final List<AckListener> ackListeners = new CopyOnWriteArrayList<>();

	void recordEnvelope(String envelopeType, int retryAttempt) {
		this.envelopes.computeIfAbsent(envelopeType, (key) -> new LongAdder()).increment();
		if (retryAttempt > 0) {
			this.redeliveries.increment();
		}
	}

	void recordAck(String envelopeType, long nanos) {
		this.acks.computeIfAbsent(envelopeType, (key) -> new LongAdder()).increment();
		this.ackNanos.add(nanos);
		this.maxAckNanos.accumulate(nanos);
		Duration latency = Duration.ofNanos(nanos);
		for (AckListener listener : this.ackListeners) {
			try {
				listener.acknowledged(envelopeType, latency);
			}
			catch (RuntimeException ex) {
				logger.warn("Socket Mode ack listener " + listener + " failed", ex);
			}
		}
	}

	void recordUnacknowledged() {
		this.unacknowledged.increment();
	}

	/**
	 * Registers a listener that is told of every acknowledgement from now on, on the thread that sent it.
	 * @param listener the listener; it must return quickly
	 */
	public void addAckListener(AckListener listener) {
		Assert.notNull(listener, "listener must not be null");
		this.ackListeners.add(listener);
	}

	/**
	 * Removes an acknowledgement listener.
	 * @param listener the listener
	 */
	public void removeAckListener(AckListener listener) {
		this.ackListeners.remove(listener);
	}

	/**
	 * Returns how many envelopes of a type were received, redeliveries included.
	 * @param envelopeType the envelope type, e.g. {@value #EVENTS_API}
	 * @return the count
	 */
	public long getEnvelopeCount(String envelopeType) {
		return sum(this.envelopes.get(envelopeType));
	}

	/**
	 * Returns how many envelopes of a type were acknowledged.
	 * @param envelopeType the envelope type
	 * @return the count
	 */
	public long getAckCount(String envelopeType) {
		return sum(this.acks.get(envelopeType));
	}

	/**
	 * Returns how many envelopes were acknowledged, of every type.
	 * @return the count
	 */
	public long getAckCount() {
		return this.acks.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * Returns the total time from reading envelopes to acknowledging them.
	 * @return the sum of the ack latencies
	 */
	public Duration getTotalAckLatency() {
		return Duration.ofNanos(this.ackNanos.sum());
	}

	/**
	 * Returns the longest time from reading an envelope to acknowledging it.
	 * @return the longest ack latency, zero before the first acknowledgement
	 */
	public Duration getMaxAckLatency() {
		return Duration.ofNanos(this.maxAckNanos.get());
	}

	/**
	 * Returns how many envelopes were redeliveries ({@code retry_attempt} above 0): Slack did not get an
	 * acknowledgement of an earlier delivery in time.
	 * @return the count
	 */
	public long getRedeliveryCount() {
		return this.redeliveries.sum();
	}

	/**
	 * Returns how many envelopes were not acknowledged: the event handler did not accept them (the dispatcher
	 * was stopped) or their connection closed first. Slack delivers Events API events again.
	 * @return the count
	 */
	public long getUnacknowledgedCount() {
		return this.unacknowledged.sum();
	}

	private static long sum(@Nullable LongAdder adder) {
		return (adder != null) ? adder.sum() : 0;
	}

	/**
	 * Told of every acknowledgement.
	 */
	@FunctionalInterface
	public interface AckListener {

		/**
		 * Called once an envelope was acknowledged.
		 * @param envelopeType the envelope type
		 * @param latency the time from reading the envelope to writing its acknowledgement
		 */
		void acknowledged(String envelopeType, Duration latency);

	}

}
