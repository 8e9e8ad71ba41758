package dev.slackboot.listener.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@code String} parameter of a {@link SlackEventListener} method to a named group of the listener's
 * {@code pattern}:
 *
 * <pre class="code">
 * &#64;SlackEventListener(value = "message", pattern = "^!echo (?&lt;text&gt;.+)")
 * String echo(&#64;SlackPatternGroup("text") String text) {
 *     return text;
 * }
 * </pre>
 *
 * The parameter receives the text the group matched, or {@code null} when the group did not take part in the
 * match. The annotation is required: a {@code String} parameter without it receives the event's JSON. The
 * startup fails when the pattern has no group of that name.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SlackPatternGroup {

	/**
	 * The group name; defaults to the parameter name (which needs the {@code -parameters} compiler flag).
	 * @return the group name
	 */
	String value() default "";

}
