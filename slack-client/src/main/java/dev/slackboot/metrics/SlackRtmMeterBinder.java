package dev.slackboot.metrics;

import java.util.Locale;

import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Binds the meters of a {@link SlackRtmClient}, read from its in-memory status:
 * <ul>
 * <li>{@code slack.rtm.connection.state} (gauge, tag {@code state}: {@code stopped}, {@code connecting},
 * {@code connected}, {@code reconnecting}, {@code failed}): 1 for the client's current state, 0 for the
 * others;</li>
 * <li>{@code slack.rtm.reconnects} (function counter): how many times the client reconnected.</li>
 * </ul>
 */
public class SlackRtmMeterBinder implements MeterBinder {

	/**
	 * The name of the connection state gauge.
	 */
	public static final String CONNECTION_STATE = "slack.rtm.connection.state";

	/**
	 * The name of the reconnect counter.
	 */
	public static final String RECONNECTS = "slack.rtm.reconnects";

	private final SlackRtmClient client;

	private final Iterable<Tag> tags;

	/**
	 * Creates a binder.
	 * @param client the RTM client
	 */
	public SlackRtmMeterBinder(SlackRtmClient client) {
		this(client, Tags.empty());
	}

	/**
	 * Creates a binder that adds tags to every meter.
	 * @param client the RTM client
	 * @param tags the tags
	 */
	public SlackRtmMeterBinder(SlackRtmClient client, Iterable<Tag> tags) {
		Assert.notNull(client, "client must not be null");
		Assert.notNull(tags, "tags must not be null");
		this.client = client;
		this.tags = tags;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SlackRtmState state : SlackRtmState.values()) {
			Gauge.builder(CONNECTION_STATE, this.client, (client) -> (client.getState() == state) ? 1 : 0)
				.tags(this.tags)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.description("Whether the Slack RTM client is in the state (1) or not (0)")
				.register(registry);
		}
		FunctionCounter.builder(RECONNECTS, this.client, (client) -> client.getStatus().reconnects())
			.tags(this.tags)
			.description("Times the Slack RTM client reconnected")
			.register(registry);
	}

}
