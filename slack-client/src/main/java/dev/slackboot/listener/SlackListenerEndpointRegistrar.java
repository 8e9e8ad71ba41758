package dev.slackboot.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Collects listener endpoints while the application context starts and registers them with the
 * {@link SlackListenerEndpointRegistry} once every singleton exists; endpoints registered after that are
 * registered at once. {@link SlackListenerConfigurer}s receive it to add listeners programmatically and to set
 * the global error handler.
 */
public class SlackListenerEndpointRegistrar {

	private static final AtomicInteger counter = new AtomicInteger();

	private final List<SlackListenerEndpoint> endpoints = new ArrayList<>();

	private @Nullable SlackListenerEndpointRegistry endpointRegistry;

	private @Nullable SlackListenerErrorHandler errorHandler;

	private boolean registerImmediately;

	/**
	 * Sets the registry endpoints are registered with.
	 * @param endpointRegistry the registry
	 */
	public void setEndpointRegistry(@Nullable SlackListenerEndpointRegistry endpointRegistry) {
		this.endpointRegistry = endpointRegistry;
	}

	/**
	 * Returns the registry endpoints are registered with.
	 * @return the registry, or {@code null} before it is set
	 */
	public @Nullable SlackListenerEndpointRegistry getEndpointRegistry() {
		return this.endpointRegistry;
	}

	/**
	 * Sets the global error handler of the dispatcher, asked when a listener without its own handler fails or
	 * when its own handler throws.
	 * @param errorHandler the error handler
	 */
	public void setErrorHandler(@Nullable SlackListenerErrorHandler errorHandler) {
		this.errorHandler = errorHandler;
	}

	/**
	 * Registers an endpoint.
	 * @param endpoint the endpoint
	 */
	public void registerEndpoint(SlackListenerEndpoint endpoint) {
		Assert.notNull(endpoint, "endpoint must not be null");
		synchronized (this.endpoints) {
			if (this.registerImmediately) {
				registry().registerListenerEndpoint(endpoint);
			}
			else {
				this.endpoints.add(endpoint);
			}
		}
	}

	/**
	 * Registers a listener for events of one type, as Slack's Python SDK does with
	 * {@code RTMClient.on(event, callback)}; the app's own events are ignored.
	 * @param eventType the event type, e.g. {@code message}, or {@value SlackEventSelector#ALL_TYPES}
	 * @param listener the listener
	 * @return the generated listener ID
	 */
	public String register(String eventType, SlackListener listener) {
		return register(SlackEventSelector.of(eventType), listener);
	}

	/**
	 * Registers a listener for the events a selector selects; the app's own events are ignored.
	 * @param selector which events the listener receives
	 * @param listener the listener
	 * @return the generated listener ID
	 */
	public String register(SlackEventSelector selector, SlackListener listener) {
		String id = "slackListener#" + counter.getAndIncrement();
		registerEndpoint(new SimpleSlackListenerEndpoint(id, selector, listener));
		return id;
	}

	/**
	 * Registers the collected endpoints (and the global error handler) and registers later endpoints at once.
	 * Called once every singleton exists.
	 * @throws IllegalStateException if no registry is set or an endpoint cannot be served
	 */
	public void registerAllEndpoints() {
		synchronized (this.endpoints) {
			SlackListenerEndpointRegistry registry = registry();
			if (this.errorHandler != null) {
				registry.getDispatcher().setErrorHandler(this.errorHandler);
			}
			for (SlackListenerEndpoint endpoint : this.endpoints) {
				registry.registerListenerEndpoint(endpoint);
			}
			this.endpoints.clear();
			this.registerImmediately = true;
		}
	}

	private SlackListenerEndpointRegistry registry() {
		Assert.state(this.endpointRegistry != null, "No SlackListenerEndpointRegistry set on the registrar");
		return this.endpointRegistry;
	}

}
