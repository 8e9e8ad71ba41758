package dev.slackboot.listener;

import reactor.core.publisher.Mono;

/**
 * Wraps every listener invocation, for observation (tracing, timing) or context propagation. The invocation
 * covers argument resolution, the listener and the handling of its result; it fails when the listener fails,
 * before the error handlers run.
 */
@FunctionalInterface
public interface SlackListenerInterceptor {

	/**
	 * Returns the invocation as it should run; an interceptor that does nothing returns {@code invocation}.
	 * @param context the event and the listener
	 * @param invocation the invocation, not yet subscribed
	 * @return the wrapped invocation
	 */
	Mono<Void> intercept(SlackEventContext context, Mono<Void> invocation);

}
