package dev.slackboot.listener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * Receives events from the transports and delivers them to the registered listeners, following "the flow of
 * an event":
 * <ol>
 * <li>events of a type no listener selects are accepted and dropped;</li>
 * <li>an event whose ID was seen within {@link #setDeduplicationTtl(Duration) the time to live} (a Slack
 * redelivery) is accepted and dropped;</li>
 * <li>the event is queued in the lane of its channel: events of one channel reach the listeners in the order
 * they were accepted, events of different channels run in parallel, at most {@link #setConcurrency(int)
 * concurrency} at a time; events without a channel share one lane;</li>
 * <li>at most {@link #setQueueCapacity(int) queue capacity} events wait in the lanes; beyond that,
 * {@link #handle(SlackEvent)} completes only when half of them were delivered, which stops the transport from
 * reading its connection (backpressure): no event is dropped, memory stays bounded, and a transport that was held
 * back hands the next events over in a run rather than one by one as single places free up;</li>
 * <li>each listener that selects the event (type, subtype, channel, pattern, condition; the app's own events
 * are kept from listeners that ignore them) is invoked in turn, its result posted or awaited (see
 * {@link SlackListenerResults}), its failure handed to its error handler and then to the global one.</li>
 * </ol>
 *
 * <p>
 * Listeners run on an executor of {@code concurrency} threads the dispatcher creates (or the one
 * {@link #setExecutor(Executor) set}); they may block. Settings must be made before the first
 * {@link #start()}; the self identity and listeners can change at any time. {@link #stop()} stops accepting
 * events and completes when the accepted ones have been delivered; {@link #close()} releases the threads.
 */
public class SlackEventDispatcher implements SlackEventHandler, AutoCloseable {

	/**
	 * The default number of events delivered at the same time.
	 */
	public static final int DEFAULT_CONCURRENCY = 8;

	/**
	 * The default number of accepted events that may wait for delivery.
	 */
	public static final int DEFAULT_QUEUE_CAPACITY = 1000;

	/**
	 * The default time an event ID is remembered, longer than Slack's redelivery schedule.
	 */
	public static final Duration DEFAULT_DEDUPLICATION_TTL = Duration.ofMinutes(10);

	/**
	 * The default number of event IDs remembered.
	 */
	public static final int DEFAULT_DEDUPLICATION_CAPACITY = 10_000;

	private static final String NO_CHANNEL_LANE = "";

	private static final Log logger = LogFactory.getLog(SlackEventDispatcher.class);

	private static final SlackListenerInterceptor NO_INTERCEPTOR = (context, invocation) -> invocation;

	private final List<RegisteredListener> listeners = new CopyOnWriteArrayList<>();

	private final SlackDispatcherMetrics metrics = new SlackDispatcherMetrics();

	private final Object lifecycleMonitor = new Object();

	private volatile @Nullable SlackSelfIdentity selfIdentity;

	private int concurrency = DEFAULT_CONCURRENCY;

	private int queueCapacity = DEFAULT_QUEUE_CAPACITY;

	private Duration deduplicationTtl = DEFAULT_DEDUPLICATION_TTL;

	private int deduplicationCapacity = DEFAULT_DEDUPLICATION_CAPACITY;

	private @Nullable Executor executor;

	private @Nullable SlackWebClient webClient;

	private SlackReplyMode replyMode = SlackReplyMode.FOLLOW_THREAD;

	private SlackListenerErrorHandler errorHandler = new LoggingSlackListenerErrorHandler();

	private SlackListenerInterceptor interceptor = NO_INTERCEPTOR;

	private volatile @Nullable LaneScheduler<SlackEvent> lanes;

	private volatile @Nullable EventIdDeduplicator deduplicator;

	private @Nullable ExecutorService ownExecutor;

	/**
	 * Sets how many events are delivered at the same time (each in a different channel);
	 * {@value #DEFAULT_CONCURRENCY} by default.
	 * @param concurrency the number of events
	 */
	public void setConcurrency(int concurrency) {
		Assert.isTrue(concurrency > 0, "concurrency must be positive");
		assertNotStarted();
		this.concurrency = concurrency;
	}

	/**
	 * Sets how many accepted events may wait for delivery before {@link #handle(SlackEvent)} holds the
	 * transport back (until half of them were delivered); {@value #DEFAULT_QUEUE_CAPACITY} by default.
	 * @param queueCapacity the number of events
	 */
	public void setQueueCapacity(int queueCapacity) {
		Assert.isTrue(queueCapacity > 0, "queueCapacity must be positive");
		assertNotStarted();
		this.queueCapacity = queueCapacity;
	}

	/**
	 * Sets how long an event ID is remembered to drop Slack's redeliveries; 10 minutes by default.
	 * @param deduplicationTtl the time to live
	 */
	public void setDeduplicationTtl(Duration deduplicationTtl) {
		Assert.isTrue(!deduplicationTtl.isNegative() && !deduplicationTtl.isZero(), "deduplicationTtl must be positive");
		assertNotStarted();
		this.deduplicationTtl = deduplicationTtl;
	}

	/**
	 * Sets how many event IDs are remembered at most; {@value #DEFAULT_DEDUPLICATION_CAPACITY} by default.
	 * @param deduplicationCapacity the number of IDs
	 */
	public void setDeduplicationCapacity(int deduplicationCapacity) {
		Assert.isTrue(deduplicationCapacity > 0, "deduplicationCapacity must be positive");
		assertNotStarted();
		this.deduplicationCapacity = deduplicationCapacity;
	}

	/**
	 * Sets the executor listeners run on; by default the dispatcher creates a pool of {@code concurrency}
	 * daemon threads named {@code slack-listener-N} and shuts it down on {@link #close()}.
	 * @param executor the executor, or {@code null} for the default
	 */
	public void setExecutor(@Nullable Executor executor) {
		assertNotStarted();
		this.executor = executor;
	}

	/**
	 * Sets the client that replies are posted with; without one, replies fail.
	 * @param webClient the client
	 */
	public void setWebClient(@Nullable SlackWebClient webClient) {
		assertNotStarted();
		this.webClient = webClient;
	}

	/**
	 * Returns the client that replies are posted with.
	 * @return the client, or {@code null}
	 */
	public @Nullable SlackWebClient getWebClient() {
		return this.webClient;
	}

	/**
	 * Sets where replies are posted; {@link SlackReplyMode#FOLLOW_THREAD} by default.
	 * @param replyMode the reply mode
	 */
	public void setReplyMode(SlackReplyMode replyMode) {
		Assert.notNull(replyMode, "replyMode must not be null");
		assertNotStarted();
		this.replyMode = replyMode;
	}

	/**
	 * Sets the global error handler, asked when a listener without its own handler fails or when its own
	 * handler throws; a {@link LoggingSlackListenerErrorHandler} by default.
	 * @param errorHandler the error handler
	 */
	public void setErrorHandler(SlackListenerErrorHandler errorHandler) {
		Assert.notNull(errorHandler, "errorHandler must not be null");
		assertNotStarted();
		this.errorHandler = errorHandler;
	}

	/**
	 * Returns the global error handler.
	 * @return the error handler
	 */
	public SlackListenerErrorHandler getErrorHandler() {
		return this.errorHandler;
	}

	/**
	 * Sets the interceptor that wraps every listener invocation (observation, tracing).
	 * @param interceptor the interceptor
	 */
	public void setInterceptor(SlackListenerInterceptor interceptor) {
		Assert.notNull(interceptor, "interceptor must not be null");
		assertNotStarted();
		this.interceptor = interceptor;
	}

	/**
	 * Returns the interceptor that wraps every listener invocation, so that another one can be composed with it.
	 * @return the interceptor; one that does nothing by default
	 */
	public SlackListenerInterceptor getInterceptor() {
		return this.interceptor;
	}

	/**
	 * Sets who the app is, so that listeners ignoring the app's own events do not see them. Transports call it
	 * when they connect; until it is set, no event is recognized as the app's own.
	 * @param selfIdentity the app's identity, or {@code null} when unknown
	 */
	public void setSelfIdentity(@Nullable SlackSelfIdentity selfIdentity) {
		this.selfIdentity = selfIdentity;
	}

	/**
	 * Returns who the app is.
	 * @return the identity, or {@code null} when unknown
	 */
	public @Nullable SlackSelfIdentity getSelfIdentity() {
		return this.selfIdentity;
	}

	/**
	 * Registers a listener; it receives the events accepted from now on.
	 * @param endpoint the endpoint
	 * @throws IllegalStateException if the endpoint cannot create its listener
	 */
	public void register(SlackListenerEndpoint endpoint) {
		Assert.notNull(endpoint, "endpoint must not be null");
		this.listeners.add(new RegisteredListener(endpoint, endpoint.createListener()));
	}

	/**
	 * Starts accepting events; creates the executor on the first start.
	 */
	public void start() {
		synchronized (this.lifecycleMonitor) {
			LaneScheduler<SlackEvent> lanes = this.lanes;
			if (lanes == null) {
				Executor executor = executor();
				lanes = new LaneScheduler<>(this.queueCapacity, this.concurrency, executor, invoker(executor));
				this.deduplicator = new EventIdDeduplicator(this.deduplicationTtl, this.deduplicationCapacity);
				this.lanes = lanes;
			}
			lanes.start();
		}
	}

	/**
	 * Stops accepting events ({@link #handle(SlackEvent)} then fails with {@link SlackEventRejectedException},
	 * also for events waiting for room) and lets the accepted events be delivered.
	 * @return completes when every accepted event was delivered
	 */
	public Mono<Void> stop() {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		return (lanes != null) ? lanes.stop() : Mono.empty();
	}

	/**
	 * Tells whether the dispatcher accepts events.
	 * @return whether it is running
	 */
	public boolean isRunning() {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		return lanes != null && lanes.isAccepting();
	}

	/**
	 * Accepts an event for delivery.
	 * @param event the event
	 * @return completes when the event was accepted (or dropped as unselected or redelivered); waits while the
	 * queue is full; fails with {@link SlackEventRejectedException} when the dispatcher is not running
	 */
	@Override
	public Mono<Void> handle(SlackEvent event) {
		return Mono.defer(() -> {
			LaneScheduler<SlackEvent> lanes = this.lanes;
			if (lanes == null) {
				return Mono.error(new SlackEventRejectedException(
						"The Slack event dispatcher has not been started; the event was not accepted"));
			}
			this.metrics.recordReceived(event);
			if (!isSelected(event)) {
				return Mono.empty();
			}
			return lanes.offer(lane(event), event, this::isFirstDelivery);
		});
	}

	/**
	 * Accepts an event at once when the queue has room (and no transport waits for room), as
	 * {@link #handle(SlackEvent)} would.
	 * @param event the event
	 * @return {@code true} when the event was accepted or dropped, {@code false} when the queue is full or the
	 * dispatcher not running (then {@link #handle(SlackEvent)} waits or fails)
	 */
	@Override
	public boolean offer(SlackEvent event) {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		if (lanes == null) {
			return false;
		}
		if (!isSelected(event) || lanes.tryOffer(lane(event), event, this::isFirstDelivery)) {
			this.metrics.recordReceived(event);
			return true;
		}
		return false;
	}

	/**
	 * Returns the number of accepted events waiting for delivery.
	 * @return the queue size
	 */
	public int getQueueSize() {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		return (lanes != null) ? lanes.queued() : 0;
	}

	/**
	 * Returns the number of events being delivered.
	 * @return the number of active lanes
	 */
	public int getActiveCount() {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		return (lanes != null) ? lanes.active() : 0;
	}

	/**
	 * Returns the number of events waiting for room in the queue (transports held back).
	 * @return the number of waiting events
	 */
	public int getWaitingCount() {
		LaneScheduler<SlackEvent> lanes = this.lanes;
		return (lanes != null) ? lanes.waiting() : 0;
	}

	/**
	 * Returns the dispatcher's counters.
	 * @return the metrics
	 */
	public SlackDispatcherMetrics getMetrics() {
		return this.metrics;
	}

	/**
	 * Stops accepting events and shuts the executor the dispatcher created down, interrupting listeners that
	 * are still running. Call {@link #stop()} first and await it for a graceful stop.
	 */
	@Override
	public void close() {
		stop();
		synchronized (this.lifecycleMonitor) {
			if (this.ownExecutor != null) {
				this.ownExecutor.shutdownNow();
			}
		}
	}

	private ListenerInvoker invoker(Executor executor) {
		SlackListenerInterceptor interceptor = (this.interceptor != NO_INTERCEPTOR) ? this.interceptor : null;
		return new ListenerInvoker(this.listeners, executor, Schedulers.fromExecutor(executor), this.metrics,
				this::getSelfIdentity, this.webClient, this.replyMode, this.errorHandler, interceptor);
	}

	private Executor executor() {
		if (this.executor != null) {
			return this.executor;
		}
		CustomizableThreadFactory threadFactory = new CustomizableThreadFactory("slack-listener-");
		threadFactory.setDaemon(true);
		ExecutorService executor = Executors.newFixedThreadPool(this.concurrency, threadFactory);
		this.ownExecutor = executor;
		return executor;
	}

	private static String lane(SlackEvent event) {
		String channel = event.channel();
		return (channel != null) ? channel : NO_CHANNEL_LANE;
	}

	private boolean isSelected(SlackEvent event) {
		for (RegisteredListener listener : this.listeners) {
			if (listener.endpoint().getSelector().matchesType(event.type())) {
				return true;
			}
		}
		return false;
	}

	private boolean isFirstDelivery(SlackEvent event) {
		String eventId = event.eventId();
		EventIdDeduplicator deduplicator = this.deduplicator;
		if (eventId == null || deduplicator == null || deduplicator.firstDelivery(eventId)) {
			return true;
		}
		this.metrics.recordDuplicate();
		if (logger.isDebugEnabled()) {
			logger.debug("Dropped redelivered " + event + " (retry attempt " + event.retryAttempt() + ")");
		}
		return false;
	}

	private void assertNotStarted() {
		Assert.state(this.lanes == null, "The Slack event dispatcher has started; configure it before start()");
	}

}
