package dev.slackboot.observation;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackListenerInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.util.context.Context;

import org.springframework.util.Assert;

/**
 * A {@link SlackListenerInterceptor} that observes every listener invocation as {@code slack.listener}, so that
 * listener work joins traces and is timed.
 *
 * <p>
 * The observation is current while the listener runs: in the Reactor context of the invocation, so Web API calls
 * made by a listener's returned {@code Mono} (or by its reply) are its children, and on the listener's thread
 * while the listener method itself runs, so that log correlation and other thread-local instrumentation see it
 * (blocking Web API calls too, when Reactor's automatic context propagation is on). It fails with the listener's
 * exception, before the error handlers run.
 */
public class ObservationSlackListenerInterceptor implements SlackListenerInterceptor {

	private static final SlackListenerObservationConvention DEFAULT_CONVENTION = new DefaultSlackListenerObservationConvention();

	private static final int SUBSCRIBING = 0;

	private static final int SUBSCRIBED = 1;

	private static final int ENDED_WHILE_SUBSCRIBING = 2;

	private final ObservationRegistry registry;

	private final @Nullable SlackListenerObservationConvention convention;

	/**
	 * Creates an interceptor with the default convention.
	 * @param registry the registry observations are made with
	 */
	public ObservationSlackListenerInterceptor(ObservationRegistry registry) {
		this(registry, null);
	}

	/**
	 * Creates an interceptor.
	 * @param registry the registry observations are made with
	 * @param convention the convention, or {@code null} for {@link DefaultSlackListenerObservationConvention}
	 */
	public ObservationSlackListenerInterceptor(ObservationRegistry registry,
			@Nullable SlackListenerObservationConvention convention) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public Mono<Void> intercept(SlackEventContext eventContext, Mono<Void> invocation) {
		if (this.registry.isNoop()) {
			return invocation;
		}
		return Mono.deferContextual((reactorContext) -> {
			SlackListenerObservationContext context = new SlackListenerObservationContext(eventContext);
			Observation observation = SlackListenerObservationDocumentation.LISTENER_INVOCATION
				.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry);
			Observation parent = reactorContext.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			if (parent != null) {
				observation.parentObservation(parent);
			}
			observation.start();
			return inScope(observation, invocation)
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/**
	 * Subscribes to the invocation with the observation opened in a scope on the subscribing thread (where the
	 * listener method runs); once the invocation ended and the scope is closed, stops the observation and then
	 * passes the end on.
	 */
	private static Mono<Void> inScope(Observation observation, Mono<Void> invocation) {
		return Mono.create((sink) -> {
			Termination termination = new Termination(observation, sink);
			Disposable subscription;
			Observation.Scope scope = observation.openScope();
			try {
				subscription = invocation.subscribe(null, termination::failed, termination::completed,
						Context.of(sink.contextView()));
			}
			finally {
				scope.close();
			}
			sink.onCancel(() -> {
				subscription.dispose();
				termination.cancelled();
			});
			termination.subscribed();
		});
	}

	/**
	 * The end of one observed invocation, held back while the subscribing thread still has the scope open.
	 */
	private static final class Termination {

		private final Observation observation;

		private final MonoSink<Void> sink;

		private final AtomicInteger phase = new AtomicInteger(SUBSCRIBING);

		private final AtomicBoolean stopped = new AtomicBoolean();

		private volatile @Nullable Throwable failure;

		Termination(Observation observation, MonoSink<Void> sink) {
			this.observation = observation;
			this.sink = sink;
		}

		void failed(Throwable failure) {
			this.observation.error(failure);
			this.failure = failure;
			ended();
		}

		void completed() {
			ended();
		}

		void subscribed() {
			if (!this.phase.compareAndSet(SUBSCRIBING, SUBSCRIBED)) {
				passOn();
			}
		}

		void cancelled() {
			stop();
		}

		private void ended() {
			if (!this.phase.compareAndSet(SUBSCRIBING, ENDED_WHILE_SUBSCRIBING)) {
				passOn();
			}
		}

		private void passOn() {
			stop();
			Throwable failure = this.failure;
			if (failure != null) {
				this.sink.error(failure);
			}
			else {
				this.sink.success();
			}
		}

		private void stop() {
			if (this.stopped.compareAndSet(false, true)) {
				this.observation.stop();
			}
		}

	}

}
