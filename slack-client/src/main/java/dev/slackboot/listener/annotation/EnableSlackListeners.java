package dev.slackboot.listener.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Enables {@link SlackEventListener @SlackEventListener} methods in an application without Spring Boot (the
 * starter enables them on its own):
 *
 * <pre class="code">
 * &#64;Configuration
 * &#64;EnableSlackListeners
 * class BotConfiguration {
 *
 *     &#64;Bean
 *     SlackWebClient slackWebClient() {
 *         return SlackWebClient.builder().token(System.getenv("SLACK_BOT_TOKEN")).build();
 *     }
 *
 * }
 * </pre>
 *
 * It registers the {@link SlackListenerAnnotationBeanPostProcessor}, the
 * {@link dev.slackboot.listener.SlackEventDispatcher} (named {@code slackEventDispatcher}, replying with the
 * context's {@code SlackWebClient}, if there is exactly one) and the
 * {@link dev.slackboot.listener.SlackListenerEndpointRegistry} (named {@code slackListenerEndpointRegistry})
 * that starts and stops it with the context; the dispatcher and the registry only when the application defines
 * no bean of that type, whichever configuration class defines it (with Spring Boot, the auto-configured ones,
 * configured from the {@code slack.listener.*} properties, are used, so adding this annotation there changes
 * nothing). Hand the dispatcher to a transport as its {@link dev.slackboot.listener.SlackEventHandler}; add
 * listeners and the global error handler with {@link dev.slackboot.listener.SlackListenerConfigurer} beans.
 *
 * @see SlackListenerBootstrapConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SlackListenerBootstrapConfiguration.class)
public @interface EnableSlackListeners {

}
