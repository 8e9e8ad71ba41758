package dev.slackboot.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.slackboot.benchmarks.dispatch.AllocationScenario;
import dev.slackboot.benchmarks.ingest.FloorIngest;
import dev.slackboot.benchmarks.ingest.IngestScenario.Transport;
import dev.slackboot.benchmarks.ingest.SlackBootIngest;
import dev.slackboot.benchmarks.ingest.SlackSdkIngest;
import dev.slackboot.benchmarks.load.EventFrames;
import dev.slackboot.benchmarks.load.LoadServer;
import dev.slackboot.benchmarks.startup.StartupScenario;
import dev.slackboot.benchmarks.web.FloorPostMessage;
import dev.slackboot.benchmarks.web.SlackBootPostMessage;
import dev.slackboot.benchmarks.web.SlackSdkPostMessage;

/**
 * The end-to-end harness: starts a {@link LoadServer} and measures, in one run of one JVM, event ingest over RTM
 * and Socket Mode, {@code chat.postMessage} throughput at concurrency 1 and 64, allocation per dispatched event and
 * the context start of a hello-bot-like app, for this project, Slack's Java SDK and a raw floor. Each row warms up
 * for {@code --warmup-seconds} and then runs {@code --runs} times, interleaved with the other rows of its section;
 * the table shows the median, the range and the ratios of the medians. Progress goes to standard error, the table
 * to standard output.
 */
public final class Harness {

	private static final PrintStream progress = System.err;

	private Harness() {
	}

	/**
	 * Runs the benchmarks and prints the table.
	 * @param args {@code --name=value} options, see {@link HarnessOptions#USAGE}
	 * @throws Exception when the load server cannot start
	 */
	public static void main(String[] args) throws Exception {
		HarnessOptions options = HarnessOptions.parse(args);
		long start = System.nanoTime();
		EventFrames frames = EventFrames.generate(Math.max(options.events(), options.sdkEvents()));
		ResultTable table = new ResultTable();
		try (LoadServer server = LoadServer.start(frames, options.serverThreads())) {
			progress.println("Load server on " + server.apiBaseUrl() + "; " + frames.count() + " events, "
					+ frames.describe());
			if (options.sections().contains("ingest")) {
				measure(ingest(server, options), options, table, true);
			}
			if (options.sections().contains("web")) {
				measure(web(server, options, 1), options, table, true);
				measure(web(server, options, 64), options, table, true);
			}
			if (options.sections().contains("allocation")) {
				List<byte[]> sample = frames.rtmFrames().subList(0, Math.min(frames.count(), 20_000));
				measure(List.of(AllocationScenario.floor(sample), AllocationScenario.dispatch(sample)), options, table,
						true);
			}
			if (options.sections().contains("startup")) {
				measure(StartupScenario.create(server), options, table, false);
			}
		}
		targets(table);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		table.print(System.out, heading(options, frames, took));
		System.exit(0);
	}

	private static List<Scenario> ingest(LoadServer server, HarnessOptions options) {
		List<Scenario> scenarios = new ArrayList<>();
		for (Transport transport : Transport.values()) {
			scenarios.add(new FloorIngest(server, transport, options.events(), options.timeout()));
			scenarios.add(new SlackBootIngest(server, transport, options.events(), options.timeout(),
					options.listenerConcurrency(), true));
			scenarios.add(new SlackBootIngest(server, transport, options.events(), options.timeout(),
					options.listenerConcurrency(), false));
			scenarios.add(new SlackSdkIngest(server, transport, options.sdkEvents(), options.timeout()));
		}
		return scenarios;
	}

	private static List<Scenario> web(LoadServer server, HarnessOptions options, int concurrency) {
		int calls = (concurrency == 1) ? options.singleCalls() : options.calls();
		return List.of(new FloorPostMessage(server, calls, concurrency),
				new SlackBootPostMessage(server, calls, concurrency, false),
				new SlackBootPostMessage(server, calls, concurrency, true),
				new SlackSdkPostMessage(server, options.sdkCalls(), concurrency));
	}

	private static void measure(List<Scenario> scenarios, HarnessOptions options, ResultTable table,
			boolean collectGarbage) {
		List<Row> rows = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			Row row = new Row(scenario);
			rows.add(row);
			table.add(row);
			progress.println(scenario.group() + " / " + scenario.label() + ": warming up");
			try {
				scenario.warmUp(options.warmUp());
			}
			catch (Exception ex) {
				fail(row, ex);
			}
		}
		for (int run = 1; run <= options.runs(); run++) {
			for (int i = 0; i < scenarios.size(); i++) {
				Row row = rows.get(i);
				if (row.failure() != null) {
					continue;
				}
				if (collectGarbage) {
					System.gc();
				}
				try {
					double sample = scenarios.get(i).run();
					row.add(sample);
					progress.println(row.group() + " / " + row.label() + ": run " + run + ": "
							+ ResultTable.number(sample) + " " + row.unit().symbol());
				}
				catch (Exception ex) {
					fail(row, ex);
				}
			}
		}
		for (Scenario scenario : scenarios) {
			try {
				scenario.close();
			}
			catch (RuntimeException ex) {
				progress.println("Could not close " + scenario.label() + ": " + ex);
			}
		}
	}

	private static void fail(Row row, Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
		row.fail(message.lines().findFirst().orElse(message));
		progress.println(row.group() + " / " + row.label() + ": FAILED: " + message);
		ex.printStackTrace(progress);
	}

	private static void targets(ResultTable table) {
		table.target(new ResultTable.Target("RTM ingest", "at least 0.8x the floor",
				ResultTable.Target.Kind.AT_LEAST_RATIO, 0.8));
		table.target(new ResultTable.Target("Socket Mode ingest (acks included)", "at least 0.8x the floor",
				ResultTable.Target.Kind.AT_LEAST_RATIO, 0.8));
		table.target(new ResultTable.Target("chat.postMessage, concurrency 1", "at least 0.9x the floor",
				ResultTable.Target.Kind.AT_LEAST_RATIO, 0.9));
		table.target(new ResultTable.Target("chat.postMessage, concurrency 64", "at least 0.8x the floor",
				ResultTable.Target.Kind.AT_LEAST_RATIO, 0.8));
		table.target(new ResultTable.Target("Allocation per RTM message event", "at most 2x the floor's per frame",
				ResultTable.Target.Kind.AT_MOST_RATIO, 2.0));
		table.target(new ResultTable.Target("Context start, hello-bot", "the starter adds at most 150 ms",
				ResultTable.Target.Kind.AT_MOST_MORE, 150));
	}

	private static String heading(HarnessOptions options, EventFrames frames, Duration took) {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT,
				"slack-boot benchmarks, %s: %d cores, %s %s, Java %s, max heap %d MB. Median of %d runs after a "
						+ "warm-up of %d s per row (min-max), rows of a section interleaved. Ingest: %,d events per "
						+ "run (%,d for the SDK), %s; listener concurrency %d. chat.postMessage: %,d calls per run at concurrency 64, %,d at "
						+ "concurrency 1 (%,d for the SDK). Took %d s.",
				LocalDate.now(), runtime.availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.version"), runtime.maxMemory() >> 20,
				options.runs(), options.warmUp().toSeconds(), options.events(), options.sdkEvents(), frames.describe(),
				options.listenerConcurrency(), options.calls(), options.singleCalls(), options.sdkCalls(), took.toSeconds());
	}

}
