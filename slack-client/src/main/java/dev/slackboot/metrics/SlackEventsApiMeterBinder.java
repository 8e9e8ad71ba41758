package dev.slackboot.metrics;

import java.util.Map;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackEventsApiMetrics;
import dev.slackboot.events.SlackRequestVerification;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Binds the meters of a {@link SlackEventsApiHandler}, read from its {@link SlackEventsApiMetrics counters}:
 * <ul>
 * <li>{@code slack.events.api.accepted} (function counter): events, slash commands and interactions the
 * dispatcher accepted (answered 200), redeliveries included;</li>
 * <li>{@code slack.events.api.signature.failures} (function counter, tag {@code reason}:
 * {@code missing_signature}, {@code missing_timestamp}, {@code malformed_timestamp}, {@code stale_timestamp},
 * {@code unsupported_version}, {@code signature_mismatch}): requests refused with 401;</li>
 * <li>{@code slack.events.api.retries} (function counter): Slack's redeliveries ({@code X-Slack-Retry-Num}).</li>
 * </ul>
 * The redeliveries dropped as duplicates are {@code slack.events.duplicates} of the
 * {@link SlackDispatcherMeterBinder dispatcher}, whatever transport delivered them.
 */
public class SlackEventsApiMeterBinder implements MeterBinder {

	/**
	 * The name of the accepted requests counter.
	 */
	public static final String ACCEPTED = "slack.events.api.accepted";

	/**
	 * The name of the refused requests counter.
	 */
	public static final String SIGNATURE_FAILURES = "slack.events.api.signature.failures";

	/**
	 * The name of the redeliveries counter.
	 */
	public static final String RETRIES = "slack.events.api.retries";

	private final SlackEventsApiHandler handler;

	private final Iterable<Tag> tags;

	/**
	 * Creates a binder.
	 * @param handler the Events API handler
	 */
	public SlackEventsApiMeterBinder(SlackEventsApiHandler handler) {
		this(handler, Tags.empty());
	}

	/**
	 * Creates a binder that adds tags to every meter.
	 * @param handler the Events API handler
	 * @param tags the tags
	 */
	public SlackEventsApiMeterBinder(SlackEventsApiHandler handler, Iterable<Tag> tags) {
		Assert.notNull(handler, "handler must not be null");
		Assert.notNull(tags, "tags must not be null");
		this.handler = handler;
		this.tags = tags;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		SlackEventsApiMetrics metrics = this.handler.getMetrics();
		FunctionCounter.builder(ACCEPTED, metrics, SlackEventsApiMetrics::getAcceptedCount)
			.tags(this.tags)
			.description("Slack Events API requests whose event the dispatcher accepted")
			.register(registry);
		FunctionCounter.builder(RETRIES, metrics, SlackEventsApiMetrics::getRetryCount)
			.tags(this.tags)
			.description("Slack Events API redeliveries received (X-Slack-Retry-Num)")
			.register(registry);
		for (Map.Entry<SlackRequestVerification, Long> entry : metrics.getSignatureFailureCounts().entrySet()) {
			SlackRequestVerification reason = entry.getKey();
			FunctionCounter
				.builder(SIGNATURE_FAILURES, metrics, (counts) -> counts.getSignatureFailureCount(reason))
				.tags(this.tags)
				.tag("reason", reason.reason())
				.description("Slack Events API requests refused for their signature or timestamp")
				.register(registry);
		}
	}

}
