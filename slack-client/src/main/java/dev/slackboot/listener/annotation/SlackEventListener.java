package dev.slackboot.listener.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a listener for Slack events:
 *
 * <pre class="code">
 * &#64;SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
 * String hello(MessageEvent event) {
 *     return "Hi &lt;@" + event.user() + "&gt;!";
 * }
 * </pre>
 *
 * <p>
 * <b>Which events.</b> Every attribute that is set must hold: the event {@link #value() type} ({@code "*"} for
 * all), one of the {@link #subtype() subtypes}, one of the {@link #channel() channels}, the {@link #pattern()}
 * found in the message text, and the {@link #condition()}. Events the app itself caused are ignored unless
 * {@link #ignoreSelf()} is {@code false}. Attributes other than the condition may use {@code ${...}}
 * placeholders.
 *
 * <p>
 * <b>Parameters</b>, in any order: the event as a typed model ({@link dev.slackboot.model.MessageEvent},
 * {@link dev.slackboot.model.ReactionAddedEvent}, ...), a record or POJO of your own, {@code JsonNode},
 * {@code Map} or {@code String} (its JSON); {@link dev.slackboot.model.SlackEvent} (with transport
 * metadata); {@link dev.slackboot.listener.SlackEventContext} (where it happened, {@code reply}/{@code say});
 * {@link SlackPatternGroup @SlackPatternGroup} Strings (named groups of the pattern); and any bean of the
 * application context, such as {@code SlackWebClient} or the RTM client. A parameter that cannot be served
 * fails the startup with a message naming the bean, the method and the parameter.
 *
 * <p>
 * <b>Return values</b>: {@code void} or {@code null} posts nothing; a {@code String} or a
 * {@link dev.slackboot.web.chat.ChatPostMessageRequest} is posted to the event's channel (in the event's thread
 * when it happened in one, by default; see {@link dev.slackboot.listener.SlackReplyMode}); a {@code Mono} or
 * {@code CompletionStage} is awaited without blocking a thread and its value handled the same way.
 *
 * <p>
 * <b>Order and failures.</b> Events of one channel reach a listener in the order they arrived; different
 * channels are handled in parallel. A failure goes to the listener's {@link #errorHandler()}, then to the
 * global one; it never stops other listeners of the event, nor the connection.
 *
 * <p>
 * The annotation is repeatable: each occurrence is a listener of its own.
 *
 * @see EnableSlackListeners
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(SlackEventListeners.class)
public @interface SlackEventListener {

	/**
	 * The event types, e.g. {@code message}, {@code reaction_added}; {@code "*"} (the default) for all.
	 * @return the event types
	 */
	String[] value() default "*";

	/**
	 * The event subtypes, e.g. {@code bot_message}, {@code message_changed}; none (the default) for any,
	 * including events without a subtype.
	 * @return the subtypes
	 */
	String[] subtype() default {};

	/**
	 * The channel IDs, e.g. {@code C0123456789}; none (the default) for any.
	 * @return the channel IDs
	 */
	String[] channel() default {};

	/**
	 * A regular expression searched for in the event's {@code text}; events without text do not match. Its
	 * named groups ({@code (?<name>...)}) are injected into {@link SlackPatternGroup @SlackPatternGroup}
	 * parameters.
	 * @return the pattern, empty for none
	 */
	String pattern() default "";

	/**
	 * A SpEL expression the event must satisfy, evaluated with the {@link dev.slackboot.model.SlackEvent} as
	 * root object and {@code #event} variable, e.g. {@code "#event.user == 'U123'"} or
	 * {@code "event.path('thread_ts').isMissingNode()"}; {@code @name} refers to a bean.
	 * @return the condition, empty for none
	 */
	String condition() default "";

	/**
	 * The listener ID, for logs, metrics and the registry; defaults to {@code beanName.methodName}.
	 * @return the ID
	 */
	String id() default "";

	/**
	 * The name of a {@link dev.slackboot.listener.SlackListenerErrorHandler} bean asked first when this
	 * listener fails; when it throws, or none is named, the global one is asked.
	 * @return the bean name, empty for none
	 */
	String errorHandler() default "";

	/**
	 * Whether events the app itself caused (by its bot user or bot ID) are kept from this listener, so that a
	 * bot never answers itself; {@code true} by default.
	 * @return whether to ignore the app's own events
	 */
	boolean ignoreSelf() default true;

}
