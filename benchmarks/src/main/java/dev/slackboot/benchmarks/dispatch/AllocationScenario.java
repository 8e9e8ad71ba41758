package dev.slackboot.benchmarks.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import dev.slackboot.benchmarks.Scenario;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes allocated per RTM {@code message} frame on the calling thread, from the JVM's per-thread allocation
 * counter (what JMH's {@code -prof gc} reads): the whole {@link DispatchPath} (decode, route, resolve, invoke)
 * against the floor, a Jackson tree parse of the same frame. Neither counts the WebSocket's own buffers.
 */
public final class AllocationScenario implements Scenario {

	private static final int WARM_UP_ROUNDS = 5;

	private final List<byte[]> frames;

	private final boolean floor;

	private final Function<byte[], @Nullable Object> work;

	private final @Nullable DispatchPath path;

	private int sink;

	private AllocationScenario(List<byte[]> frames, boolean floor) {
		this.frames = frames;
		this.floor = floor;
		if (floor) {
			JsonMapper mapper = JsonMapper.builder().build();
			this.path = null;
			this.work = mapper::readTree;
		}
		else {
			DispatchPath path = DispatchPath.create();
			this.path = path;
			this.work = path::dispatch;
		}
	}

	/**
	 * The floor: a Jackson tree of each frame.
	 * @param frames the frames
	 * @return the scenario
	 */
	public static AllocationScenario floor(List<byte[]> frames) {
		return new AllocationScenario(frames, true);
	}

	/**
	 * This project's dispatch path.
	 * @param frames the frames
	 * @return the scenario
	 */
	public static AllocationScenario dispatch(List<byte[]> frames) {
		return new AllocationScenario(frames, false);
	}

	@Override
	public String group() {
		return "Allocation per RTM message event";
	}

	@Override
	public String label() {
		return this.floor ? "floor: Jackson tree of the frame"
				: "slack-boot: decode, route, resolve MessageEvent, invoke (DispatchPath)";
	}

	@Override
	public Role role() {
		return this.floor ? Role.FLOOR : Role.SLACK_BOOT;
	}

	@Override
	public Unit unit() {
		return Unit.BYTES_PER_EVENT;
	}

	@Override
	public void warmUp(Duration minimum) {
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			run();
		}
	}

	@Override
	public double run() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		long before = threads.getThreadAllocatedBytes(thread);
		for (byte[] frame : this.frames) {
			this.sink += System.identityHashCode(this.work.apply(frame));
		}
		long after = threads.getThreadAllocatedBytes(thread);
		return (double) (after - before) / this.frames.size();
	}

	@Override
	public void close() {
		if (this.path != null) {
			this.path.close();
		}
	}

	@Override
	public String toString() {
		return label() + " (" + this.sink + ")";
	}

}
