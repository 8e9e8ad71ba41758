package dev.slackboot.listener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import dev.slackboot.listener.SlackDispatcherMetrics.Outcome;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Delivers one event to the listeners that select it, one listener after the other in registration order:
 * match, invoke (through the interceptor), handle the result, and on failure ask the listener's error handler
 * and then the global one. Every step runs on the listener scheduler, never on the thread that completed an
 * asynchronous result; a failure is contained to its listener.
 */
final class ListenerInvoker {

	private static final Log logger = LogFactory.getLog(ListenerInvoker.class);

	private final List<RegisteredListener> listeners;

	private final Scheduler scheduler;

	private final SlackDispatcherMetrics metrics;

	private final Supplier<@Nullable SlackSelfIdentity> selfIdentity;

	private final @Nullable SlackWebClient webClient;

	private final SlackReplyMode replyMode;

	private final SlackListenerErrorHandler errorHandler;

	private final SlackListenerInterceptor interceptor;

	ListenerInvoker(List<RegisteredListener> listeners, Scheduler scheduler, SlackDispatcherMetrics metrics,
			Supplier<@Nullable SlackSelfIdentity> selfIdentity, @Nullable SlackWebClient webClient,
			SlackReplyMode replyMode, SlackListenerErrorHandler errorHandler, SlackListenerInterceptor interceptor) {
		this.listeners = listeners;
		this.scheduler = scheduler;
		this.metrics = metrics;
		this.selfIdentity = selfIdentity;
		this.webClient = webClient;
		this.replyMode = replyMode;
		this.errorHandler = errorHandler;
		this.interceptor = interceptor;
	}

	Mono<Void> deliver(SlackEvent event) {
		return Flux.fromIterable(this.listeners).concatMap((listener) -> deliver(listener, event)).then();
	}

	private Mono<Void> deliver(RegisteredListener listener, SlackEvent event) {
		return Mono.defer(() -> {
			if (isOwnEvent(listener, event)) {
				return Mono.empty();
			}
			Map<String, @Nullable String> groups;
			try {
				groups = listener.endpoint().getSelector().match(event);
			}
			catch (RuntimeException ex) {
				SlackEventContext context = context(listener, event, Map.of());
				this.metrics.recordInvocation(listener.id(), Outcome.ERROR, 0);
				return handleError(listener, context, ex);
			}
			return (groups != null) ? invoke(listener, context(listener, event, groups)) : Mono.<Void>empty();
		}).subscribeOn(this.scheduler).onErrorResume((ex) -> {
			logger.error("Unexpected failure delivering " + event + " to Slack listener '" + listener.id() + "'", ex);
			return Mono.empty();
		});
	}

	private boolean isOwnEvent(RegisteredListener listener, SlackEvent event) {
		SlackSelfIdentity self = this.selfIdentity.get();
		return listener.endpoint().isIgnoreSelf() && self != null && self.isAuthorOf(event);
	}

	private SlackEventContext context(RegisteredListener listener, SlackEvent event,
			Map<String, @Nullable String> groups) {
		return new SlackEventContext(event, listener.id(), groups, this.webClient, this.replyMode);
	}

	private Mono<Void> invoke(RegisteredListener listener, SlackEventContext context) {
		Mono<Void> invocation = call(() -> listener.listener().onEvent(context))
			.flatMap((result) -> SlackListenerResults.handle(result, context));
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return Mono.defer(() -> this.interceptor.intercept(context, invocation))
				.doOnSuccess((done) -> this.metrics.recordInvocation(listener.id(), Outcome.SUCCESS,
						System.nanoTime() - start))
				.onErrorResume((ex) -> {
					this.metrics.recordInvocation(listener.id(), Outcome.ERROR, System.nanoTime() - start);
					return handleError(listener, context, ex);
				});
		});
	}

	private Mono<Void> handleError(RegisteredListener listener, SlackEventContext context, Throwable error) {
		SlackListenerErrorHandler own = listener.endpoint().getErrorHandler();
		Mono<Void> handled = (own != null)
				? callErrorHandler(own, context, error)
					.onErrorResume((next) -> callErrorHandler(this.errorHandler, context, next))
				: callErrorHandler(this.errorHandler, context, error);
		return handled.onErrorResume((ex) -> {
			logger.error("Error handler of Slack listener '" + listener.id() + "' failed on " + context.event(), ex);
			return Mono.empty();
		});
	}

	private Mono<Void> callErrorHandler(SlackListenerErrorHandler handler, SlackEventContext context,
			Throwable error) {
		return call(() -> handler.handleError(context, error))
			.flatMap((result) -> SlackListenerResults.handle(result, context))
			.subscribeOn(this.scheduler);
	}

	/**
	 * Calls once subscribed, after the subscriber was told (so an interceptor's {@code doOnSubscribe} runs before
	 * the listener).
	 */
	private static Mono<Object> call(Callable<@Nullable Object> callable) {
		return Mono.create((sink) -> {
			try {
				sink.success(callable.call());
			}
			catch (Exception ex) {
				sink.error(ex);
			}
		});
	}

}
