package dev.slackboot.listener;

import org.jspecify.annotations.Nullable;

/**
 * The model of one listener: its ID, the events it selects, how it treats the app's own events, its error
 * handler, and how to create the {@link SlackListener} that receives the events. Registered with a
 * {@link SlackListenerEndpointRegistry} (or directly with a {@link SlackEventDispatcher}).
 *
 * @see AbstractSlackListenerEndpoint
 * @see SimpleSlackListenerEndpoint
 */
public interface SlackListenerEndpoint {

	/**
	 * Returns the ID of the listener, unique within a registry; it names the listener in logs and metrics.
	 * @return the ID
	 */
	String getId();

	/**
	 * Returns which events the listener receives.
	 * @return the selector
	 */
	SlackEventSelector getSelector();

	/**
	 * Tells whether events the app itself caused (its bot user or bot) are kept from the listener.
	 * @return {@code true} to ignore the app's own events
	 */
	boolean isIgnoreSelf();

	/**
	 * Returns the error handler asked first when the listener fails.
	 * @return the listener's own error handler, or {@code null} to use the dispatcher's global one
	 */
	@Nullable SlackListenerErrorHandler getErrorHandler();

	/**
	 * Creates the listener, once, when the endpoint is registered.
	 * @return the listener
	 * @throws IllegalStateException if the listener cannot be served (e.g. a method parameter that no resolver
	 * supports), naming what is wrong
	 */
	SlackListener createListener();

}
