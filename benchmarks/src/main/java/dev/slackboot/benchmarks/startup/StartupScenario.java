package dev.slackboot.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.slackboot.benchmarks.Scenario;
import dev.slackboot.benchmarks.load.LoadServer;
import dev.slackboot.benchmarks.startup.apps.StartupTimer;
import dev.slackboot.benchmarks.startup.apps.plain.PlainApplication;
import dev.slackboot.benchmarks.startup.apps.withstarter.HelloBotApplication;
import org.jspecify.annotations.Nullable;

/**
 * The context start time of a hello-bot-like application, each run in a fresh JVM so that class loading and
 * initialisation count as they do for a user: with the Slack starter ({@code samples/hello-bot}'s listeners), once
 * with no transport enabled and once with RTM enabled against the load server (the connection opens in the
 * background while the context starts, competing for the cores), or without it (the same WebFlux and Actuator
 * application on a class path without the Slack jars). The figure is {@code SpringApplication.run}'s duration, as
 * Boot's "Started ... in" line reports it; all get the same settings (random port, no banner, WARN logging).
 */
public final class StartupScenario implements Scenario {

	private static final long TIMEOUT_SECONDS = 120;

	private final String label;

	private final Role role;

	private final List<String> command;

	private double lastCpuMillis = Double.NaN;

	private StartupScenario(String label, Role role, List<String> command) {
		this.label = label;
		this.role = role;
		this.command = command;
	}

	/**
	 * Creates the scenarios: without the starter, with it but no connection opened, and with it connecting over RTM
	 * while the context starts.
	 * @param server the load server the starter's RTM client and Web API client use
	 * @return the scenarios
	 * @throws IOException when the packaged jars cannot be found
	 */
	public static List<Scenario> create(LoadServer server) throws IOException {
		Path home = packagedHome();
		Path apps = home.resolve("slack-benchmarks-startup-apps.jar");
		if (!Files.isRegularFile(apps)) {
			throw new IllegalStateException("Run the packaged harness: " + apps + " is missing");
		}
		ClassPaths classPaths = ClassPaths.read(home.resolve("lib"));
		List<Path> plain = new ArrayList<>(List.of(apps));
		plain.addAll(classPaths.closure("spring-boot-starter-webflux", "spring-boot-starter-actuator"));
		List<Path> starter = new ArrayList<>(List.of(apps));
		starter.addAll(classPaths.closure("spring-boot-starter-webflux", "spring-boot-starter-actuator",
				"slack-spring-boot-starter"));
		List<String> common = List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--spring.application.name=hello-bot", "--management.endpoints.web.exposure.include=health,metrics",
				"--management.endpoint.health.show-details=always");
		List<String> slack = List.of("--slack.token=" + LoadServer.BOT_TOKEN,
				"--slack.web.base-url=" + server.apiBaseUrl());
		List<String> rtm = new ArrayList<>(slack);
		rtm.add("--slack.rtm.enabled=true");
		StartupScenario without = new StartupScenario("floor: without the starter (WebFlux + Actuator), fresh JVM",
				Role.FLOOR, command(plain, PlainApplication.class, common, List.of()));
		StartupScenario idle = new StartupScenario("with the starter, 3 listeners, no transport enabled, fresh JVM",
				Role.SLACK_BOOT, command(starter, HelloBotApplication.class, common, slack));
		StartupScenario connecting = new StartupScenario(
				"with the starter, 3 listeners, RTM connecting while the context starts, fresh JVM", Role.SLACK_BOOT,
				command(starter, HelloBotApplication.class, common, rtm));
		return List.of(without, idle, connecting, without.cpuTime(), idle.cpuTime(), connecting.cpuTime());
	}

	@Override
	public String group() {
		return "Context start, hello-bot";
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public Role role() {
		return this.role;
	}

	@Override
	public Unit unit() {
		return Unit.MILLISECONDS;
	}

	@Override
	public void warmUp(Duration minimum) throws Exception {
		run();
	}

	@Override
	public double run() throws Exception {
		Process process = new ProcessBuilder(this.command).redirectErrorStream(true).start();
		String report = null;
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith(StartupTimer.REPORT_PREFIX)) {
					report = line;
				}
				else if (output.size() < 40) {
					output.add(line);
				}
			}
		}
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the application did not exit within " + TIMEOUT_SECONDS + " s");
		}
		double millis = field(report, "context-ms");
		if (millis < 0) {
			throw new IllegalStateException("the application did not report its startup (exit code "
					+ process.exitValue() + "):\n" + String.join("\n", output));
		}
		this.lastCpuMillis = field(report, "process-cpu-ms");
		return millis;
	}

	private Scenario cpuTime() {
		return new CpuTime(this);
	}

	private static double field(@Nullable String report, String name) {
		if (report == null) {
			return -1;
		}
		for (String field : report.substring(StartupTimer.REPORT_PREFIX.length()).split(" ")) {
			if (field.startsWith(name + "=")) {
				return Double.parseDouble(field.substring(name.length() + 1));
			}
		}
		return -1;
	}

	private static List<String> command(List<Path> classPath, Class<?> main, List<String> common, List<String> extra) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
		command.add(main.getName());
		command.addAll(common);
		command.addAll(extra);
		return command;
	}

	/**
	 * The CPU time the JVM of a startup run used until the context started: all its threads (JIT compilation, GC,
	 * class loading, the main thread), less sensitive than elapsed time to what else the machine runs. It reads the
	 * last run of its startup row, which runs just before it.
	 */
	private static final class CpuTime implements Scenario {

		private final StartupScenario startup;

		CpuTime(StartupScenario startup) {
			this.startup = startup;
		}

		@Override
		public String group() {
			return "Context start, hello-bot: process CPU time";
		}

		@Override
		public String label() {
			return this.startup.label();
		}

		@Override
		public Role role() {
			return this.startup.role();
		}

		@Override
		public Unit unit() {
			return Unit.MILLISECONDS;
		}

		@Override
		public void warmUp(Duration minimum) {
		}

		@Override
		public double run() {
			double millis = this.startup.lastCpuMillis;
			if (Double.isNaN(millis) || millis < 0) {
				throw new IllegalStateException("the startup run reported no CPU time");
			}
			return millis;
		}

	}

	private static Path packagedHome() throws IOException {
		try {
			Path location = Path.of(StartupScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (!Files.isRegularFile(location)) {
				throw new IllegalStateException("Run the packaged harness (java -jar .../slack-benchmarks.jar): the "
						+ "startup apps need the jars beside it, not " + location);
			}
			return location.getParent();
		}
		catch (URISyntaxException ex) {
			throw new IOException(ex);
		}
	}

}
