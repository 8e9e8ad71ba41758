package dev.slackboot.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.slackboot.benchmarks.dispatch.DispatchPath;
import dev.slackboot.benchmarks.load.EventFrames;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.socket.SocketModeFrameDecoder;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The path of a typical {@code message} event (500-700 bytes, see {@link EventFrames}) through this project, one
 * frame per operation, cycling over 256 different frames:
 * <ul>
 * <li>{@link #dispatch()}: decode the RTM frame, route it through a started {@code SlackEventDispatcher}, resolve a
 * {@code MessageEvent} argument and invoke the {@code @SlackEventListener} method (see {@link DispatchPath});</li>
 * <li>{@link #decodeRtm()} and {@link #decodeSocketMode()}: event decoding alone, frame to {@code SlackEvent};</li>
 * <li>{@link #floorTree()} and {@link #floorTreeEnvelope()}: the floor, a Jackson tree of the same frame's bytes.</li>
 * </ul>
 * Run with allocation per operation:
 * {@code java -cp benchmarks/target/slack-benchmarks.jar org.openjdk.jmh.Main EventPathBenchmark -prof gc}
 * ({@code gc.alloc.rate.norm} is bytes per event).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EventPathBenchmark {

	private static final int FRAMES = 256;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final SocketModeFrameDecoder socketModeDecoder = new SocketModeFrameDecoder(this.mapper);

	private @Nullable DispatchPath path;

	private List<byte[]> rtmFrames = List.of();

	private List<byte[]> socketModeFrames = List.of();

	private int next;

	/**
	 * Builds the frames and starts the dispatch path.
	 */
	@Setup(Level.Trial)
	public void setUp() {
		EventFrames frames = EventFrames.generate(FRAMES);
		this.rtmFrames = frames.rtmFrames();
		this.socketModeFrames = frames.socketModeFrames();
		this.path = DispatchPath.create();
	}

	/**
	 * Stops the dispatch path.
	 */
	@TearDown(Level.Trial)
	public void tearDown() {
		if (this.path != null) {
			this.path.close();
		}
	}

	/**
	 * Decodes, routes, resolves and invokes.
	 * @return the typed event the listener received
	 */
	@Benchmark
	public @Nullable MessageEvent dispatch() {
		return path().dispatch(this.rtmFrames.get(nextIndex()));
	}

	/**
	 * Decodes an RTM frame into a {@link SlackEvent}.
	 * @return the event
	 */
	@Benchmark
	public @Nullable SlackEvent decodeRtm() {
		return path().decode(this.rtmFrames.get(nextIndex()));
	}

	/**
	 * Decodes a Socket Mode envelope into a {@link SlackEvent}.
	 * @return the event
	 */
	@Benchmark
	public @Nullable SlackEvent decodeSocketMode() {
		return this.socketModeDecoder.decode(this.socketModeFrames.get(nextIndex()));
	}

	/**
	 * The floor: a Jackson tree of the RTM frame.
	 * @return the tree
	 */
	@Benchmark
	public JsonNode floorTree() {
		return this.mapper.readTree(this.rtmFrames.get(nextIndex()));
	}

	/**
	 * The floor of Socket Mode: a Jackson tree of the envelope.
	 * @return the tree
	 */
	@Benchmark
	public JsonNode floorTreeEnvelope() {
		return this.mapper.readTree(this.socketModeFrames.get(nextIndex()));
	}

	private int nextIndex() {
		this.next = (this.next + 1) & (FRAMES - 1);
		return this.next;
	}

	private DispatchPath path() {
		DispatchPath path = this.path;
		if (path == null) {
			throw new IllegalStateException("Not set up");
		}
		return path;
	}

}
