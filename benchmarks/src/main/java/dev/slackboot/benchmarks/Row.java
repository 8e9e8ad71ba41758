package dev.slackboot.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The measurements of one {@link Scenario}, or why it failed.
 */
final class Row {

	private final String group;

	private final String label;

	private final Scenario.Role role;

	private final Scenario.Unit unit;

	private final List<Double> samples = new ArrayList<>();

	private @Nullable String failure;

	Row(Scenario scenario) {
		this.group = scenario.group();
		this.label = scenario.label();
		this.role = scenario.role();
		this.unit = scenario.unit();
	}

	String group() {
		return this.group;
	}

	String label() {
		return this.label;
	}

	Scenario.Role role() {
		return this.role;
	}

	Scenario.Unit unit() {
		return this.unit;
	}

	void add(double sample) {
		this.samples.add(sample);
	}

	void fail(String failure) {
		this.failure = failure;
	}

	@Nullable String failure() {
		return this.failure;
	}

	boolean hasSamples() {
		return !this.samples.isEmpty();
	}

	double median() {
		List<Double> sorted = sorted();
		int size = sorted.size();
		return (size % 2 == 1) ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
	}

	double min() {
		return sorted().get(0);
	}

	double max() {
		List<Double> sorted = sorted();
		return sorted.get(sorted.size() - 1);
	}

	int runs() {
		return this.samples.size();
	}

	private List<Double> sorted() {
		List<Double> sorted = new ArrayList<>(this.samples);
		Collections.sort(sorted);
		return sorted;
	}

}
