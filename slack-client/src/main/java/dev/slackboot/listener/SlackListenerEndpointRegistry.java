package dev.slackboot.listener;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Holds the registered listener endpoints by ID and runs the {@link SlackEventDispatcher} they are registered
 * with in the application's lifecycle. It starts in phase {@value #DEFAULT_PHASE}, after the web server, and
 * stops before the web server's graceful shutdown: it stops accepting events and lets the accepted ones be
 * delivered, for up to the {@link #setShutdownTimeout(Duration) shutdown timeout}.
 */
public class SlackListenerEndpointRegistry implements SmartLifecycle {

	/**
	 * The default lifecycle phase.
	 */
	public static final int DEFAULT_PHASE = Integer.MAX_VALUE - 100;

	private static final Log logger = LogFactory.getLog(SlackListenerEndpointRegistry.class);

	private final SlackEventDispatcher dispatcher;

	private final Map<String, SlackListenerEndpoint> endpoints = new LinkedHashMap<>();

	private Duration shutdownTimeout = Duration.ofSeconds(30);

	private boolean autoStartup = true;

	private int phase = DEFAULT_PHASE;

	/**
	 * Creates a registry.
	 * @param dispatcher the dispatcher endpoints are registered with
	 */
	public SlackListenerEndpointRegistry(SlackEventDispatcher dispatcher) {
		Assert.notNull(dispatcher, "dispatcher must not be null");
		this.dispatcher = dispatcher;
	}

	/**
	 * Registers an endpoint: creates its listener and registers it with the dispatcher.
	 * @param endpoint the endpoint
	 * @throws IllegalStateException if another endpoint has the same ID, or the endpoint cannot create its
	 * listener
	 */
	public void registerListenerEndpoint(SlackListenerEndpoint endpoint) {
		Assert.notNull(endpoint, "endpoint must not be null");
		String id = endpoint.getId();
		synchronized (this.endpoints) {
			Assert.state(!this.endpoints.containsKey(id),
					() -> "Another Slack listener is already registered with id '" + id + "'");
			this.dispatcher.register(endpoint);
			this.endpoints.put(id, endpoint);
		}
	}

	/**
	 * Returns the IDs of the registered listeners.
	 * @return the IDs, in registration order
	 */
	public Set<String> getListenerIds() {
		synchronized (this.endpoints) {
			return Collections.unmodifiableSet(new LinkedHashSet<>(this.endpoints.keySet()));
		}
	}

	/**
	 * Returns a registered endpoint.
	 * @param id the listener ID
	 * @return the endpoint, or {@code null}
	 */
	public @Nullable SlackListenerEndpoint getListenerEndpoint(String id) {
		synchronized (this.endpoints) {
			return this.endpoints.get(id);
		}
	}

	/**
	 * Returns the dispatcher, the {@link SlackEventHandler} transports hand events to.
	 * @return the dispatcher
	 */
	public SlackEventDispatcher getDispatcher() {
		return this.dispatcher;
	}

	/**
	 * Sets how long a stop waits for accepted events to be delivered; 30 seconds by default.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		Assert.isTrue(!shutdownTimeout.isNegative(), "shutdownTimeout must not be negative");
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Sets whether the dispatcher starts with the application context; {@code true} by default.
	 * @param autoStartup whether to start automatically
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	/**
	 * Sets the lifecycle phase; {@value #DEFAULT_PHASE} by default.
	 * @param phase the phase
	 */
	public void setPhase(int phase) {
		this.phase = phase;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

	@Override
	public void start() {
		this.dispatcher.start();
	}

	@Override
	public void stop() {
		awaitDrained().block();
	}

	@Override
	public void stop(Runnable callback) {
		awaitDrained().doFinally((signal) -> callback.run()).subscribe();
	}

	@Override
	public boolean isRunning() {
		return this.dispatcher.isRunning();
	}

	private Mono<Void> awaitDrained() {
		return this.dispatcher.stop()
			.timeout(this.shutdownTimeout)
			.onErrorResume(TimeoutException.class, (ex) -> {
				logger.warn("Slack listeners did not finish within " + this.shutdownTimeout + "; "
						+ this.dispatcher.getActiveCount() + " events still running, "
						+ this.dispatcher.getQueueSize() + " not delivered");
				return Mono.empty();
			});
	}

}
