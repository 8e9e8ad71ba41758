package dev.slackboot.metrics;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackDispatcherMetrics;
import dev.slackboot.listener.SlackDispatcherMetrics.EventKey;
import dev.slackboot.listener.SlackDispatcherMetrics.InvocationKey;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.model.SlackTransport;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Binds the meters of a {@link SlackEventDispatcher}, read from its {@link SlackDispatcherMetrics counters}:
 * <ul>
 * <li>{@code slack.events.received} (function counter, tags {@code type} and {@code transport}: {@code rtm},
 * {@code socket_mode}, {@code events_api}): events handed to the dispatcher, redeliveries included;</li>
 * <li>{@code slack.events.duplicates} (function counter): redeliveries dropped;</li>
 * <li>{@code slack.listener.invocations} (function timer, tags {@code listener.id} and {@code outcome}:
 * {@code SUCCESS} or {@code ERROR}): listener invocations, result handling included;</li>
 * <li>{@code slack.dispatch.queue.size}, {@code slack.dispatch.active} and {@code slack.dispatch.waiting}
 * (gauges): events waiting for delivery, events being delivered, and events a transport is holding back
 * because the queue is full.</li>
 * </ul>
 * Event types and listeners appear over time: their meters are registered when the first one is counted.
 */
public class SlackDispatcherMeterBinder implements MeterBinder {

	/**
	 * The name of the received events counter.
	 */
	public static final String EVENTS_RECEIVED = "slack.events.received";

	/**
	 * The name of the dropped redeliveries counter.
	 */
	public static final String EVENTS_DUPLICATES = "slack.events.duplicates";

	/**
	 * The name of the listener invocations timer.
	 */
	public static final String LISTENER_INVOCATIONS = "slack.listener.invocations";

	/**
	 * The name of the queue size gauge.
	 */
	public static final String QUEUE_SIZE = "slack.dispatch.queue.size";

	/**
	 * The name of the gauge of events being delivered.
	 */
	public static final String ACTIVE = "slack.dispatch.active";

	/**
	 * The name of the gauge of events held back by a full queue.
	 */
	public static final String WAITING = "slack.dispatch.waiting";

	private final SlackEventDispatcher dispatcher;

	private final Iterable<Tag> tags;

	/**
	 * Creates a binder.
	 * @param dispatcher the dispatcher
	 */
	public SlackDispatcherMeterBinder(SlackEventDispatcher dispatcher) {
		this(dispatcher, Tags.empty());
	}

	/**
	 * Creates a binder that adds tags to every meter.
	 * @param dispatcher the dispatcher
	 * @param tags the tags
	 */
	public SlackDispatcherMeterBinder(SlackEventDispatcher dispatcher, Iterable<Tag> tags) {
		Assert.notNull(dispatcher, "dispatcher must not be null");
		Assert.notNull(tags, "tags must not be null");
		this.dispatcher = dispatcher;
		this.tags = tags;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(QUEUE_SIZE, this.dispatcher, SlackEventDispatcher::getQueueSize)
			.tags(this.tags)
			.description("Slack events waiting for delivery to listeners")
			.register(registry);
		Gauge.builder(ACTIVE, this.dispatcher, SlackEventDispatcher::getActiveCount)
			.tags(this.tags)
			.description("Slack events being delivered to listeners")
			.register(registry);
		Gauge.builder(WAITING, this.dispatcher, SlackEventDispatcher::getWaitingCount)
			.tags(this.tags)
			.description("Slack events a transport holds back because the dispatch queue is full")
			.register(registry);
		SlackDispatcherMetrics metrics = this.dispatcher.getMetrics();
		FunctionCounter.builder(EVENTS_DUPLICATES, metrics, SlackDispatcherMetrics::getDuplicateCount)
			.tags(this.tags)
			.description("Slack event redeliveries dropped")
			.register(registry);
		metrics.addKeyListener(new SlackDispatcherMetrics.KeyListener() {

			@Override
			public void eventKeyAdded(EventKey key) {
				registerReceived(registry, metrics, key);
			}

			@Override
			public void invocationKeyAdded(InvocationKey key) {
				registerInvocations(registry, metrics, key);
			}

		});
		metrics.getReceivedCounts().keySet().forEach((key) -> registerReceived(registry, metrics, key));
		metrics.getInvocations().keySet().forEach((key) -> registerInvocations(registry, metrics, key));
	}

	private void registerReceived(MeterRegistry registry, SlackDispatcherMetrics metrics, EventKey key) {
		FunctionCounter
			.builder(EVENTS_RECEIVED, metrics, (counts) -> counts.getReceivedCount(key.type(), key.transport()))
			.tags(this.tags)
			.tag("type", key.type())
			.tag("transport", transport(key.transport()))
			.description("Slack events handed to the dispatcher, redeliveries included")
			.register(registry);
	}

	private void registerInvocations(MeterRegistry registry, SlackDispatcherMetrics metrics, InvocationKey key) {
		FunctionTimer
			.builder(LISTENER_INVOCATIONS, metrics,
					(counts) -> counts.getInvocations(key.listenerId(), key.outcome()).count(),
					(counts) -> counts.getInvocations(key.listenerId(), key.outcome()).totalTime().toNanos(),
					TimeUnit.NANOSECONDS)
			.tags(this.tags)
			.tag("listener.id", key.listenerId())
			.tag("outcome", key.outcome().name())
			.description("Slack listener invocations, result handling included")
			.register(registry);
	}

	private static String transport(SlackTransport transport) {
		return transport.name().toLowerCase(Locale.ROOT);
	}

}
