package dev.slackboot.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.slackboot.listener.SlackEventDispatcher;
import org.jspecify.annotations.Nullable;

/**
 * The harness's settings, from {@code --name=value} arguments.
 *
 * @param events events per run of the slack-boot and floor ingest rows
 * @param sdkEvents events per run of Slack's SDK ingest rows (it is 20 to 50 times slower)
 * @param calls calls per run at concurrency 64 (slack-boot and floor)
 * @param singleCalls calls per run at concurrency 1 (slack-boot and floor)
 * @param sdkCalls calls per run of Slack's SDK at either concurrency
 * @param runs measured runs per row
 * @param warmUp how long each row runs before it is measured (at least one run)
 * @param timeout the longest one run may take
 * @param serverThreads event-loop threads of the load server
 * @param listenerConcurrency {@code slack.listener.concurrency} of this project's ingest rows (the library's default
 * unless set)
 * @param sections the sections to run: {@code ingest}, {@code web}, {@code allocation}, {@code startup}
 */
record HarnessOptions(int events, int sdkEvents, int calls, int singleCalls, int sdkCalls, int runs, Duration warmUp,
		Duration timeout, int serverThreads, int listenerConcurrency, Set<String> sections) {

	static final Set<String> ALL_SECTIONS = Set.of("ingest", "web", "allocation", "startup");

	static final String USAGE = """
			Options (--name=value): events=200000 sdk-events=5000 calls=20000 single-calls=5000 sdk-calls=5000
			runs=5 warmup-seconds=5 timeout-seconds=120 server-threads=2 listener-concurrency=8
			sections=ingest,web,allocation,startup""";

	static HarnessOptions parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'.\n" + USAGE);
			}
			values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		HarnessOptions options = new HarnessOptions(number(values, "events", 200_000),
				number(values, "sdk-events", 5_000), number(values, "calls", 20_000),
				number(values, "single-calls", 5_000), number(values, "sdk-calls", 5_000), number(values, "runs", 5),
				Duration.ofSeconds(number(values, "warmup-seconds", 5)),
				Duration.ofSeconds(number(values, "timeout-seconds", 120)), number(values, "server-threads", 2),
				number(values, "listener-concurrency", SlackEventDispatcher.DEFAULT_CONCURRENCY),
				sections(values.remove("sections")));
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("Unknown options " + values.keySet() + ".\n" + USAGE);
		}
		return options;
	}

	private static int number(Map<String, String> values, String name, int defaultValue) {
		String value = values.remove(name);
		if (value == null) {
			return defaultValue;
		}
		int number = Integer.parseInt(value.replace("_", ""));
		if (number <= 0) {
			throw new IllegalArgumentException("--" + name + " must be positive");
		}
		return number;
	}

	private static Set<String> sections(@Nullable String value) {
		if (value == null) {
			return ALL_SECTIONS;
		}
		Set<String> sections = Set.copyOf(List.of(value.split(",")));
		if (!ALL_SECTIONS.containsAll(sections)) {
			throw new IllegalArgumentException("--sections takes some of " + ALL_SECTIONS);
		}
		return sections;
	}

}
