package dev.slackboot.web;

import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Waits for reactive Web API calls on behalf of {@link BlockingSlackWebClient}, refusing to do so on a thread
 * that must never block.
 */
final class BlockingSupport {

	private BlockingSupport() {
	}

	/**
	 * Waits for the answer of a call.
	 * @param call the reactive call
	 * @param method the Slack method, named in errors
	 * @return the answer
	 * @throws IllegalStateException on a non-blocking thread
	 */
	static <T> T await(Mono<T> call, String method) {
		checkMayBlock(method);
		T result = call.block();
		if (result == null) {
			throw new IllegalStateException("Slack method " + method + " completed without an answer");
		}
		return result;
	}

	/**
	 * Returns a stream that fetches pages as it is consumed.
	 * @param items the reactive items
	 * @param method the Slack method, named in errors
	 * @return the items
	 * @throws IllegalStateException on a non-blocking thread
	 */
	static <T> Stream<T> stream(Flux<T> items, String method) {
		checkMayBlock(method);
		return items.toStream(1);
	}

	private static void checkMayBlock(String method) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("Blocking Slack Web API call to " + method + " on thread '"
					+ Thread.currentThread().getName() + "', which must not block (a Reactor event loop). "
					+ "Use the reactive SlackWebClient and compose its Mono/Flux instead, or move the blocking "
					+ "call to a thread that may block, e.g. with publishOn(Schedulers.boundedElastic()).");
		}
	}

}
