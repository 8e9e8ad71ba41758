package dev.slackboot.metrics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeMetrics;
import dev.slackboot.socket.SlackSocketModeState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Binds the meters of a {@link SlackSocketModeClient}, read from its in-memory status and
 * {@link SlackSocketModeMetrics counters}:
 * <ul>
 * <li>{@code slack.socket-mode.connection.state} (gauge, tag {@code state}: {@code stopped}, {@code connecting},
 * {@code connected}, {@code reconnecting}, {@code failed}): 1 for the client's current state, 0 for the
 * others;</li>
 * <li>{@code slack.socket-mode.connections} (gauge): the connections open now;</li>
 * <li>{@code slack.socket-mode.reconnects} and {@code slack.socket-mode.refreshes} (function counters):
 * connections reopened after a loss, and connections replaced on Slack's request;</li>
 * <li>{@code slack.socket-mode.envelopes} and {@code slack.socket-mode.acks} (function counters, tag
 * {@code type}: {@code events_api}, {@code slash_commands}, {@code interactive}): envelopes received
 * (redeliveries included) and acknowledged;</li>
 * <li>{@code slack.socket-mode.ack.latency} (timer, tag {@code type}): the time from reading an envelope to
 * acknowledging it, recorded from binding on;</li>
 * <li>{@code slack.socket-mode.redeliveries} (function counter): envelopes Slack delivered again
 * ({@code retry_attempt} above 0), because an earlier acknowledgement did not arrive in time;</li>
 * <li>{@code slack.socket-mode.unacknowledged} (function counter): envelopes not acknowledged because the
 * dispatcher refused them or their connection closed first.</li>
 * </ul>
 */
public class SlackSocketModeMeterBinder implements MeterBinder {

	/**
	 * The name of the connection state gauge.
	 */
	public static final String CONNECTION_STATE = "slack.socket-mode.connection.state";

	/**
	 * The name of the open connections gauge.
	 */
	public static final String CONNECTIONS = "slack.socket-mode.connections";

	/**
	 * The name of the reconnect counter.
	 */
	public static final String RECONNECTS = "slack.socket-mode.reconnects";

	/**
	 * The name of the refresh counter.
	 */
	public static final String REFRESHES = "slack.socket-mode.refreshes";

	/**
	 * The name of the received envelopes counter.
	 */
	public static final String ENVELOPES = "slack.socket-mode.envelopes";

	/**
	 * The name of the acknowledgement counter.
	 */
	public static final String ACKS = "slack.socket-mode.acks";

	/**
	 * The name of the ack latency timer.
	 */
	public static final String ACK_LATENCY = "slack.socket-mode.ack.latency";

	/**
	 * The name of the redelivery counter.
	 */
	public static final String REDELIVERIES = "slack.socket-mode.redeliveries";

	/**
	 * The name of the counter of envelopes left unacknowledged.
	 */
	public static final String UNACKNOWLEDGED = "slack.socket-mode.unacknowledged";

	private final SlackSocketModeClient client;

	private final Iterable<Tag> tags;

	/**
	 * Creates a binder.
	 * @param client the Socket Mode client
	 */
	public SlackSocketModeMeterBinder(SlackSocketModeClient client) {
		this(client, Tags.empty());
	}

	/**
	 * Creates a binder that adds tags to every meter.
	 * @param client the Socket Mode client
	 * @param tags the tags
	 */
	public SlackSocketModeMeterBinder(SlackSocketModeClient client, Iterable<Tag> tags) {
		Assert.notNull(client, "client must not be null");
		Assert.notNull(tags, "tags must not be null");
		this.client = client;
		this.tags = tags;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SlackSocketModeState state : SlackSocketModeState.values()) {
			Gauge.builder(CONNECTION_STATE, this.client, (client) -> (client.getState() == state) ? 1 : 0)
				.tags(this.tags)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.description("Whether the Slack Socket Mode client is in the state (1) or not (0)")
				.register(registry);
		}
		Gauge.builder(CONNECTIONS, this.client, (client) -> client.getStatus().openConnections())
			.tags(this.tags)
			.description("Slack Socket Mode connections open")
			.register(registry);
		FunctionCounter.builder(RECONNECTS, this.client, (client) -> client.getStatus().reconnects())
			.tags(this.tags)
			.description("Slack Socket Mode connections reopened after a loss")
			.register(registry);
		FunctionCounter.builder(REFRESHES, this.client, (client) -> client.getStatus().refreshes())
			.tags(this.tags)
			.description("Slack Socket Mode connections replaced on Slack's request")
			.register(registry);
		SlackSocketModeMetrics metrics = this.client.getMetrics();
		Map<String, Timer> latencies = new HashMap<>();
		for (String type : SlackSocketModeMetrics.ENVELOPE_TYPES) {
			FunctionCounter.builder(ENVELOPES, metrics, (counts) -> counts.getEnvelopeCount(type))
				.tags(this.tags)
				.tag("type", type)
				.description("Slack Socket Mode envelopes received, redeliveries included")
				.register(registry);
			FunctionCounter.builder(ACKS, metrics, (counts) -> counts.getAckCount(type))
				.tags(this.tags)
				.tag("type", type)
				.description("Slack Socket Mode envelopes acknowledged")
				.register(registry);
			latencies.put(type, Timer.builder(ACK_LATENCY)
				.tags(this.tags)
				.tag("type", type)
				.description("Time from reading a Slack Socket Mode envelope to acknowledging it")
				.register(registry));
		}
		FunctionCounter.builder(REDELIVERIES, metrics, SlackSocketModeMetrics::getRedeliveryCount)
			.tags(this.tags)
			.description("Slack Socket Mode envelopes delivered again by Slack")
			.register(registry);
		FunctionCounter.builder(UNACKNOWLEDGED, metrics, SlackSocketModeMetrics::getUnacknowledgedCount)
			.tags(this.tags)
			.description("Slack Socket Mode envelopes not acknowledged")
			.register(registry);
		metrics.addAckListener((type, latency) -> {
			Timer timer = latencies.get(type);
			if (timer != null) {
				timer.record(latency);
			}
		});
	}

}
