package dev.slackboot.listener;

import org.jspecify.annotations.Nullable;

/**
 * A listener for Slack events, the form every listener takes at runtime: {@code @SlackEventListener} methods
 * are adapted to it, and it is what programmatic registration takes, as Slack's Python SDK does with
 * {@code RTMClient.on(event, callback)}:
 *
 * <pre class="code">
 * registrar.register("message", (context) -&gt; context.reply("Hi &lt;@" + context.user() + "&gt;"));
 * </pre>
 *
 * <p>
 * The result is handled as the return value of an annotated listener method (see
 * {@link SlackListenerResults}): {@code null} posts nothing, a {@code String} or
 * {@link dev.slackboot.web.chat.ChatPostMessageRequest} is posted back, a {@code Mono} or
 * {@code CompletionStage} is awaited without blocking a thread.
 */
@FunctionalInterface
public interface SlackListener {

	/**
	 * Handles an event that matched this listener.
	 * @param context the event and what the listener may do with it
	 * @return the result to post back or await, or {@code null}
	 * @throws Exception if the listener fails; the error goes to its error handler
	 */
	@Nullable Object onEvent(SlackEventContext context) throws Exception;

}
