package dev.slackboot.listener.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container of repeated {@link SlackEventListener} annotations on one method; each is a listener of its own.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SlackEventListeners {

	/**
	 * The listeners.
	 * @return the listener annotations
	 */
	SlackEventListener[] value();

}
