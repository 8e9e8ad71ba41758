/**
 * Annotation-driven listeners: {@code @SlackEventListener}, {@code @EnableSlackListeners} and the bean
 * post-processor that registers annotated methods.
 */
@NullMarked
package dev.slackboot.listener.annotation;

import org.jspecify.annotations.NullMarked;
