package dev.slackboot.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

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
		return median(this.samples);
	}

	/**
	 * Returns the median of this row's runs divided by the reference's runs of the same number: the runs of a
	 * section take turns, so run {@code i} of both was measured within seconds, and a machine slowing down for a
	 * while moves both sides of each ratio.
	 * @param reference the row compared with, with samples
	 * @return the median ratio
	 */
	double pairedRatio(Row reference) {
		return median(paired(reference, (sample, base) -> sample / base));
	}

	/**
	 * Returns the median of this row's runs minus the reference's runs of the same number.
	 * @param reference the row compared with, with samples
	 * @return the median difference
	 */
	double pairedDifference(Row reference) {
		return median(paired(reference, (sample, base) -> sample - base));
	}

	private List<Double> paired(Row reference, DoubleBinaryOperator operator) {
		int runs = Math.min(this.samples.size(), reference.samples.size());
		List<Double> values = new ArrayList<>(runs);
		for (int i = 0; i < runs; i++) {
			values.add(operator.applyAsDouble(this.samples.get(i), reference.samples.get(i)));
		}
		return values;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
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
