package dev.slackboot.benchmarks.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class path of a startup app: the transitive dependencies of some of the benchmarks module's direct
 * dependencies, read from the verbose dependency tree the build writes beside the copied jars
 * ({@code lib/dependency-tree.txt}). The verbose tree lists every edge, also those Maven resolved elsewhere, so the
 * closure of a root is exact: what hello-bot's WebFlux and Actuator starters need, without or with the Slack
 * starter's jars.
 */
final class ClassPaths {

	private final Path lib;

	private final Map<String, String> files = new HashMap<>();

	private final Map<String, Set<String>> children = new HashMap<>();

	private final Map<String, String> keysByArtifactId = new LinkedHashMap<>();

	private ClassPaths(Path lib) {
		this.lib = lib;
	}

	/**
	 * Reads the dependency tree in a {@code lib} folder.
	 * @param lib the folder with the jars and {@code dependency-tree.txt}
	 * @return the class paths
	 * @throws IOException when the tree cannot be read
	 */
	static ClassPaths read(Path lib) throws IOException {
		ClassPaths classPaths = new ClassPaths(lib);
		List<String> lines = Files.readAllLines(lib.resolve("dependency-tree.txt"), StandardCharsets.UTF_8);
		Deque<String> parents = new ArrayDeque<>();
		for (String line : lines.subList(1, lines.size())) {
			classPaths.add(line, parents);
		}
		return classPaths;
	}

	/**
	 * Returns the jars of the given direct dependencies and of everything they depend on.
	 * @param artifactIds the artifact IDs of direct dependencies of the benchmarks module
	 * @return the jars
	 */
	List<Path> closure(String... artifactIds) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		for (String artifactId : artifactIds) {
			String key = this.keysByArtifactId.get(artifactId);
			if (key == null) {
				throw new IllegalStateException("No dependency " + artifactId + " in the dependency tree");
			}
			pending.add(key);
		}
		while (!pending.isEmpty()) {
			String key = pending.poll();
			if (seen.add(key)) {
				pending.addAll(this.children.getOrDefault(key, Set.of()));
			}
		}
		List<Path> jars = new ArrayList<>();
		for (String key : seen) {
			String file = this.files.get(key);
			if (file != null && Files.isRegularFile(this.lib.resolve(file))) {
				jars.add(this.lib.resolve(file));
			}
		}
		return jars;
	}

	private void add(String line, Deque<String> parents) {
		int start = 0;
		while (start < line.length() && "|+-\\ ".indexOf(line.charAt(start)) >= 0) {
			start++;
		}
		int depth = start / 3;
		String node = line.substring(start);
		boolean omitted = node.startsWith("(");
		String coordinates = omitted ? node.substring(1, node.indexOf(" - ")) : node.split(" ")[0];
		String[] parts = coordinates.split(":");
		String key = parts[0] + ":" + parts[1];
		while (parents.size() >= depth) {
			parents.pop();
		}
		if (!parents.isEmpty()) {
			this.children.computeIfAbsent(parents.peek(), (parent) -> new LinkedHashSet<>()).add(key);
		}
		else {
			this.keysByArtifactId.put(parts[1], key);
		}
		parents.push(key);
		if (!omitted) {
			String classifier = (parts.length == 6) ? "-" + parts[3] : "";
			String version = parts[parts.length - 2];
			this.files.put(key, parts[1] + "-" + version + classifier + "." + parts[2]);
		}
	}

}
