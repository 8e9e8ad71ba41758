package dev.slackboot.listener;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * Subscribes to a {@link Mono} on the calling thread and tells whether it ended before the subscription
 * returned; when it did not, runs a continuation once it ends, on the thread that ended it.
 */
final class SynchronousCompletion implements CoreSubscriber<Void> {

	private static final Log logger = LogFactory.getLog(SynchronousCompletion.class);

	private static final int SUBSCRIBING = 0;

	private static final int ENDED_WHILE_SUBSCRIBING = 1;

	private static final int PENDING = 2;

	private final AtomicInteger state = new AtomicInteger(SUBSCRIBING);

	private final Runnable continuation;

	private SynchronousCompletion(Runnable continuation) {
		this.continuation = continuation;
	}

	/**
	 * Subscribes.
	 * @param mono what to run; its failure is logged and treated as its end
	 * @param continuation runs once the mono ended, only when it did not end during this call
	 * @return {@code true} when the mono ended during this call
	 */
	static boolean subscribe(Mono<Void> mono, Runnable continuation) {
		SynchronousCompletion completion = new SynchronousCompletion(continuation);
		mono.subscribe(completion);
		return !completion.state.compareAndSet(SUBSCRIBING, PENDING);
	}

	@Override
	public void onSubscribe(Subscription subscription) {
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(Void value) {
	}

	@Override
	public void onError(Throwable ex) {
		logger.error("Unexpected failure delivering a Slack event", ex);
		ended();
	}

	@Override
	public void onComplete() {
		ended();
	}

	private void ended() {
		if (!this.state.compareAndSet(SUBSCRIBING, ENDED_WHILE_SUBSCRIBING)) {
			this.continuation.run();
		}
	}

}
