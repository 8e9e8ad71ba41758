package dev.slackboot.benchmarks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.slackboot.benchmarks.Scenario;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * {@code chat.postMessage} calls per second against the load server's endpoint, with a given number of calls in
 * flight. Every answer is read and checked ({@code ok} and the message's {@code ts}). Blocking clients run on
 * {@code concurrency} threads created once per row; reactive clients keep {@code concurrency} calls in flight
 * from the calling thread.
 */
public abstract class PostMessageScenario implements Scenario {

	/**
	 * The channel the messages are posted to.
	 */
	protected static final String CHANNEL = "C0BENCH000";

	private final int calls;

	private final int concurrency;

	private @Nullable ExecutorService threads;

	/**
	 * Creates a scenario.
	 * @param calls the number of calls per run
	 * @param concurrency the number of calls in flight
	 */
	protected PostMessageScenario(int calls, int concurrency) {
		this.calls = calls;
		this.concurrency = concurrency;
	}

	@Override
	public String group() {
		return "chat.postMessage, concurrency " + this.concurrency;
	}

	@Override
	public Unit unit() {
		return Unit.CALLS_PER_SECOND;
	}

	@Override
	public double run() throws Exception {
		long start = System.nanoTime();
		run(this.calls, this.concurrency);
		return this.calls / ((System.nanoTime() - start) / 1e9);
	}

	/**
	 * Makes the calls.
	 * @param calls the number of calls
	 * @param concurrency the number of calls in flight
	 * @throws Exception when a call fails
	 */
	protected abstract void run(int calls, int concurrency) throws Exception;

	/**
	 * Makes the calls with a blocking client on {@code concurrency} threads.
	 * @param calls the number of calls
	 * @param concurrency the number of threads
	 * @param call makes the call of the given index
	 * @throws Exception when a call fails
	 */
	protected void runBlocking(int calls, int concurrency, BlockingCall call) throws Exception {
		ExecutorService threads = this.threads;
		if (threads == null) {
			CustomizableThreadFactory factory = new CustomizableThreadFactory("post-message-");
			factory.setDaemon(true);
			threads = Executors.newFixedThreadPool(concurrency, factory);
			this.threads = threads;
		}
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			workers.add(threads.submit(() -> {
				for (int index = next.getAndIncrement(); index < calls; index = next.getAndIncrement()) {
					call.call(index);
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
	}

	/**
	 * Checks an answer.
	 * @param ok whether Slack's answer said {@code ok}
	 * @param ts the message's timestamp
	 */
	protected static void check(boolean ok, @Nullable String ts) {
		if (!ok || ts == null) {
			throw new IllegalStateException("chat.postMessage did not answer ok with a ts");
		}
	}

	@Override
	public void close() {
		ExecutorService threads = this.threads;
		if (threads != null) {
			threads.shutdownNow();
		}
	}

	/**
	 * One blocking call.
	 */
	@FunctionalInterface
	protected interface BlockingCall {

		/**
		 * Makes the call.
		 * @param index the index of the call
		 * @throws Exception when the call fails
		 */
		void call(int index) throws Exception;

	}

}
