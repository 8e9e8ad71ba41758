package dev.slackboot.benchmarks.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One WebSocket a client opened on the {@link LoadServer}: it pushes the pre-serialised frames once told to, as
 * fast as the client reads them (the socket's backpressure), and counts the text frames the client sends back
 * (Socket Mode acknowledgements).
 */
public final class PushSession {

	private final List<byte[]> frames;

	private final Sinks.One<Integer> go = Sinks.one();

	private final AtomicInteger received = new AtomicInteger();

	private volatile int expectedAcks = Integer.MAX_VALUE;

	private volatile CountDownLatch acked = new CountDownLatch(1);

	private volatile long lastAckNanos;

	PushSession(List<byte[]> frames) {
		this.frames = frames;
	}

	/**
	 * Starts pushing the first {@code count} frames.
	 * @param count the number of frames
	 * @param expectedAcks the number of acknowledgements to wait for with {@link #awaitAcks(Duration)}, 0 for
	 * none
	 */
	public void push(int count, int expectedAcks) {
		this.expectedAcks = expectedAcks;
		this.acked = new CountDownLatch((expectedAcks > 0) ? 1 : 0);
		this.go.tryEmitValue(Math.min(count, this.frames.size()));
	}

	/**
	 * Waits until the client acknowledged the expected number of envelopes.
	 * @param timeout how long to wait
	 * @return whether it did
	 * @throws InterruptedException when interrupted
	 */
	public boolean awaitAcks(Duration timeout) throws InterruptedException {
		return this.acked.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Returns when the last expected acknowledgement arrived.
	 * @return its {@link System#nanoTime()}
	 */
	public long lastAckNanos() {
		return this.lastAckNanos;
	}

	/**
	 * Returns the number of text frames the client sent.
	 * @return the number of acknowledgements
	 */
	public int acks() {
		return this.received.get();
	}

	Flux<WebSocketFrame> frames() {
		return this.go.asMono()
			.flatMapMany((count) -> Flux.range(0, count)
				.map((index) -> new TextWebSocketFrame(Unpooled.wrappedBuffer(this.frames.get(index)))));
	}

	void received() {
		if (this.received.incrementAndGet() == this.expectedAcks) {
			this.lastAckNanos = System.nanoTime();
			this.acked.countDown();
		}
	}

}
