package dev.slackboot.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Prints the rows as one Markdown table (median, min-max, and the median of the per-run ratios to the floor and to
 * Slack's Java SDK of the same group), then whether each target of the issue is met.
 */
final class ResultTable {

	private final List<Row> rows = new ArrayList<>();

	private final List<Target> targets = new ArrayList<>();

	void add(Row row) {
		this.rows.add(row);
	}

	void target(Target target) {
		this.targets.add(target);
	}

	void print(PrintStream out, String heading) {
		out.println();
		out.println(heading);
		out.println();
		out.println("| benchmark | what | unit | median | min-max | vs floor | vs Slack SDK |");
		out.println("|---|---|---|--:|--:|--:|--:|");
		for (Row row : this.rows) {
			out.println(line(row));
		}
		out.println();
		out.println("Ratios are the median of per-run ratios: run i of the row divided by run i of the floor or of "
				+ "Slack's Java SDK in the same group, measured in turn within seconds; above 1 means more events or "
				+ "calls per second, or more bytes or milliseconds.");
		if (!this.targets.isEmpty()) {
			out.println();
			out.println("Targets:");
			for (Target target : this.targets) {
				out.println("- " + target.evaluate(this.rows));
			}
		}
	}

	private String line(Row row) {
		String head = "| " + row.group() + " | " + row.label() + " | " + row.unit().symbol() + " | ";
		if (!row.hasSamples()) {
			return head + "failed: " + row.failure() + " | | | |";
		}
		String failure = (row.failure() != null) ? " (" + row.runs() + " runs; then failed: " + row.failure() + ")"
				: "";
		return head + number(row.median()) + failure + " | " + number(row.min()) + "-" + number(row.max()) + " | "
				+ ratio(row, find(this.rows, row.group(), Scenario.Role.FLOOR)) + " | "
				+ ratio(row, find(this.rows, row.group(), Scenario.Role.SLACK_SDK)) + " |";
	}

	private static String ratio(Row row, @Nullable Row reference) {
		if (reference == null || !reference.hasSamples() || reference.min() == 0) {
			return "";
		}
		return String.format(Locale.ROOT, "%.2fx", row.pairedRatio(reference));
	}

	static @Nullable Row find(List<Row> rows, String group, Scenario.Role role) {
		for (Row row : rows) {
			if (row.group().equals(group) && row.role() == role) {
				return row;
			}
		}
		return null;
	}

	static String number(double value) {
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A target of the issue: every {@link Scenario.Role#SLACK_BOOT} row of a group compared with the group's floor.
	 *
	 * @param group the group
	 * @param description what the target says
	 * @param kind how the row is compared
	 * @param limit the ratio or difference allowed
	 */
	record Target(String group, String description, Kind kind, double limit) {

		String evaluate(List<Row> rows) {
			Row floor = find(rows, this.group, Scenario.Role.FLOOR);
			List<String> verdicts = new ArrayList<>();
			for (Row row : rows) {
				if (!row.group().equals(this.group) || row.role() != Scenario.Role.SLACK_BOOT) {
					continue;
				}
				if (floor == null || !floor.hasSamples() || !row.hasSamples()) {
					verdicts.add(row.label() + ": not measured");
					continue;
				}
				verdicts.add(row.label() + ": " + verdict(row, floor));
			}
			return this.group + " (" + this.description + "): "
					+ (verdicts.isEmpty() ? "no row" : String.join("; ", verdicts));
		}

		private String verdict(Row row, Row floor) {
			return switch (this.kind) {
				case AT_LEAST_RATIO -> {
					double ratio = row.pairedRatio(floor);
					yield String.format(Locale.ROOT, "%.2fx, %s", ratio, (ratio >= this.limit) ? "met" : "MISSED");
				}
				case AT_MOST_RATIO -> {
					double ratio = row.pairedRatio(floor);
					yield String.format(Locale.ROOT, "%.2fx, %s", ratio, (ratio <= this.limit) ? "met" : "MISSED");
				}
				case AT_MOST_MORE -> {
					double more = row.pairedDifference(floor);
					yield String.format(Locale.ROOT, "%+.0f %s, %s", more, row.unit().symbol(),
							(more <= this.limit) ? "met" : "MISSED");
				}
			};
		}

		/**
		 * How a row is compared with its floor.
		 */
		enum Kind {

			/**
			 * The row's median per-run ratio to the floor must be at least the limit.
			 */
			AT_LEAST_RATIO,

			/**
			 * The row's median per-run ratio to the floor must be at most the limit.
			 */
			AT_MOST_RATIO,

			/**
			 * The row's median per-run difference from the floor must be at most the limit.
			 */
			AT_MOST_MORE

		}

	}

}
