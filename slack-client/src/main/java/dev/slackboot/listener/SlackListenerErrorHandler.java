package dev.slackboot.listener;

import org.jspecify.annotations.Nullable;

/**
 * Handles the failure of a listener. A listener's own handler (the bean named by
 * {@code @SlackEventListener(errorHandler = ...)}) is asked first; when it has none, or when it throws, the
 * dispatcher's global handler is asked; the default one logs and counts
 * ({@link LoggingSlackListenerErrorHandler}). A failure never reaches the transport and never stops the other
 * listeners of the same event.
 *
 * <p>
 * A result is handled as a listener's (see {@link SlackListenerResults}), so a handler may answer the user:
 *
 * <pre class="code">
 * &#64;Bean
 * SlackListenerErrorHandler apologize() {
 *     return (context, error) -&gt; "Sorry, that did not work: " + error.getMessage();
 * }
 * </pre>
 */
@FunctionalInterface
public interface SlackListenerErrorHandler {

	/**
	 * Handles a failure.
	 * @param context the event and the listener that failed ({@link SlackEventContext#listenerId()})
	 * @param error what the listener threw or its result failed with
	 * @return a result to post back, or {@code null}
	 * @throws Exception to pass the failure (or another) on to the next handler
	 */
	@Nullable Object handleError(SlackEventContext context, Throwable error) throws Exception;

}
