package dev.slackboot.listener;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import dev.slackboot.listener.SlackDispatcherMetrics.Outcome;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Delivers one event to the listeners that select it, one listener after the other in registration order:
 * match, invoke (through the interceptor, if any), handle the result, and on failure ask the listener's error
 * handler and then the global one. A failure is contained to its listener.
 *
 * <p>
 * Delivery runs on the calling listener thread. A listener that returns nothing is invoked directly, with no
 * reactive pipeline; a result to post or await, an interceptor or an error handler runs as a {@link Mono}
 * subscribed on the calling thread. When one of those goes on asynchronously, the remaining listeners are
 * delivered to on the listener executor, never on the thread that completed the asynchronous result.
 */
final class ListenerInvoker implements LaneScheduler.Processor<SlackEvent> {

	private static final Log logger = LogFactory.getLog(ListenerInvoker.class);

	private final List<RegisteredListener> listeners;

	private final Executor executor;

	private final Scheduler scheduler;

	private final SlackDispatcherMetrics metrics;

	private final Supplier<@Nullable SlackSelfIdentity> selfIdentity;

	private final @Nullable SlackWebClient webClient;

	private final SlackReplyMode replyMode;

	private final SlackListenerErrorHandler errorHandler;

	private final @Nullable SlackListenerInterceptor interceptor;

	ListenerInvoker(List<RegisteredListener> listeners, Executor executor, Scheduler scheduler,
			SlackDispatcherMetrics metrics, Supplier<@Nullable SlackSelfIdentity> selfIdentity,
			@Nullable SlackWebClient webClient, SlackReplyMode replyMode, SlackListenerErrorHandler errorHandler,
			@Nullable SlackListenerInterceptor interceptor) {
		this.listeners = listeners;
		this.executor = executor;
		this.scheduler = scheduler;
		this.metrics = metrics;
		this.selfIdentity = selfIdentity;
		this.webClient = webClient;
		this.replyMode = replyMode;
		this.errorHandler = errorHandler;
		this.interceptor = interceptor;
	}

	@Override
	public boolean process(SlackEvent event, Runnable ended) {
		return new Delivery(event, this.listeners.iterator(), ended).run();
	}

	/**
	 * Delivers to one listener on the calling thread.
	 * @return {@code null} when done, or what is left to do (posting, awaiting, error handling)
	 */
	private @Nullable Mono<Void> deliver(RegisteredListener listener, SlackEvent event) {
		try {
			if (isOwnEvent(listener, event)) {
				return null;
			}
			Map<String, @Nullable String> groups;
			try {
				groups = listener.endpoint().getSelector().match(event);
			}
			catch (RuntimeException ex) {
				this.metrics.recordInvocation(listener.id(), Outcome.ERROR, 0);
				return contained(listener, event, handleError(listener, context(listener, event, Map.of()), ex));
			}
			return (groups != null) ? invoke(listener, context(listener, event, groups)) : null;
		}
		catch (RuntimeException ex) {
			logger.error("Unexpected failure delivering " + event + " to Slack listener '" + listener.id() + "'", ex);
			return null;
		}
	}

	private boolean isOwnEvent(RegisteredListener listener, SlackEvent event) {
		SlackSelfIdentity self = this.selfIdentity.get();
		return listener.endpoint().isIgnoreSelf() && self != null && self.isAuthorOf(event);
	}

	private SlackEventContext context(RegisteredListener listener, SlackEvent event,
			Map<String, @Nullable String> groups) {
		return new SlackEventContext(event, listener.id(), groups, this.webClient, this.replyMode);
	}

	private @Nullable Mono<Void> invoke(RegisteredListener listener, SlackEventContext context) {
		long start = System.nanoTime();
		SlackListenerInterceptor interceptor = this.interceptor;
		if (interceptor != null) {
			Mono<Void> invocation = call(() -> listener.listener().onEvent(context))
				.flatMap((result) -> SlackListenerResults.handle(result, context));
			return recorded(listener, context, Mono.defer(() -> interceptor.intercept(context, invocation)), start);
		}
		Object result;
		try {
			result = listener.listener().onEvent(context);
		}
		catch (Exception ex) {
			return recorded(listener, context, Mono.error(ex), start);
		}
		if (result == null) {
			this.metrics.recordInvocation(listener.id(), Outcome.SUCCESS, System.nanoTime() - start);
			return null;
		}
		return recorded(listener, context, SlackListenerResults.handle(result, context), start);
	}

	private Mono<Void> recorded(RegisteredListener listener, SlackEventContext context, Mono<Void> invocation,
			long start) {
		Mono<Void> handled = invocation
			.doOnSuccess((done) -> this.metrics.recordInvocation(listener.id(), Outcome.SUCCESS,
					System.nanoTime() - start))
			.onErrorResume((ex) -> {
				this.metrics.recordInvocation(listener.id(), Outcome.ERROR, System.nanoTime() - start);
				return handleError(listener, context, ex);
			});
		return contained(listener, context.event(), handled);
	}

	private static Mono<Void> contained(RegisteredListener listener, SlackEvent event, Mono<Void> delivery) {
		return delivery.onErrorResume((ex) -> {
			logger.error("Unexpected failure delivering " + event + " to Slack listener '" + listener.id() + "'", ex);
			return Mono.empty();
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

	/**
	 * Calls an error handler on the listener scheduler, also when the failure was signalled on another thread.
	 */
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

	/**
	 * The delivery of one event: the listeners still to go, and what to do once all had it.
	 */
	private final class Delivery {

		private final SlackEvent event;

		private final Iterator<RegisteredListener> remaining;

		private final Runnable ended;

		Delivery(SlackEvent event, Iterator<RegisteredListener> remaining, Runnable ended) {
			this.event = event;
			this.remaining = remaining;
			this.ended = ended;
		}

		/**
		 * Delivers to the remaining listeners on the calling thread.
		 * @return {@code true} when all had the event, {@code false} when a listener's delivery went on
		 * asynchronously (the rest follows on the executor, then {@code ended} runs)
		 */
		boolean run() {
			while (this.remaining.hasNext()) {
				Mono<Void> rest = deliver(this.remaining.next(), this.event);
				if (rest != null && !SynchronousCompletion.subscribe(rest, this::resume)) {
					return false;
				}
			}
			return true;
		}

		private void resume() {
			try {
				ListenerInvoker.this.executor.execute(() -> {
					if (run()) {
						this.ended.run();
					}
				});
			}
			catch (RejectedExecutionException ex) {
				logger.error("The executor of the Slack listeners rejected the rest of the delivery of " + this.event
						+ "; the remaining listeners do not get it", ex);
				this.ended.run();
			}
		}

	}

}
