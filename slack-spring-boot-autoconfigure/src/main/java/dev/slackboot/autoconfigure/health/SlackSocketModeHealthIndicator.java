package dev.slackboot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeMetrics;
import dev.slackboot.socket.SlackSocketModeStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health of a {@link SlackSocketModeClient}, read from its in-memory status (no call to Slack per health check):
 * <ul>
 * <li>{@code UP} when at least one connection is open;</li>
 * <li>{@code DOWN} when Slack refused the app-level token or disabled the app's Socket Mode ({@code FAILED}), or
 * when the client has had no open connection for longer than the {@code downAfter} threshold;</li>
 * <li>{@code UNKNOWN} while connecting or reconnecting within the threshold (a lost connection comes back within
 * seconds), and when the client is stopped (not started yet, or stopped on purpose).</li>
 * </ul>
 * Details: the state, the app, the connections open and wanted, since when connected, how long ago Slack last
 * answered a ping, the reconnects and refreshes, the envelopes acknowledged, redelivered and left unacknowledged,
 * the longest ack latency, the last failure's message and, while disconnected, for how long. Never a token or a
 * socket URL.
 */
public class SlackSocketModeHealthIndicator extends AbstractHealthIndicator {

	/**
	 * The default time the client may stay disconnected before it is reported {@code DOWN}.
	 */
	public static final Duration DEFAULT_DOWN_AFTER = Duration.ofMinutes(2);

	private final SlackSocketModeClient client;

	private final ConnectionHealth connection;

	/**
	 * Creates an indicator that reports {@code DOWN} after {@link #DEFAULT_DOWN_AFTER} disconnected.
	 * @param client the Socket Mode client
	 */
	public SlackSocketModeHealthIndicator(SlackSocketModeClient client) {
		this(client, DEFAULT_DOWN_AFTER);
	}

	/**
	 * Creates an indicator.
	 * @param client the Socket Mode client
	 * @param downAfter how long the client may stay disconnected before it is reported {@code DOWN}
	 */
	public SlackSocketModeHealthIndicator(SlackSocketModeClient client, Duration downAfter) {
		this(client, downAfter, Clock.systemUTC());
	}

	SlackSocketModeHealthIndicator(SlackSocketModeClient client, Duration downAfter, Clock clock) {
		super("Slack Socket Mode health check failed");
		Assert.notNull(client, "client must not be null");
		this.client = client;
		this.connection = new ConnectionHealth(downAfter, clock);
		client.addStatusListener(this::statusChanged);
		statusChanged(client.getStatus());
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SlackSocketModeStatus status = this.client.getStatus();
		SlackSocketModeMetrics metrics = this.client.getMetrics();
		builder.withDetail("state", status.state().name());
		if (status.appId() != null) {
			builder.withDetail("app", status.appId());
		}
		builder.withDetail("connections", status.openConnections() + "/" + status.connections());
		Instant connectedSince = status.connectedSince();
		if (connectedSince != null) {
			builder.withDetail("connectedSince", connectedSince.toString());
		}
		Instant lastPongAt = status.lastPongAt();
		if (lastPongAt != null) {
			builder.withDetail("lastPongAge", this.connection.age(lastPongAt).toString());
		}
		builder.withDetail("reconnects", status.reconnects())
			.withDetail("refreshes", status.refreshes())
			.withDetail("acks", metrics.getAckCount())
			.withDetail("maxAckLatency", metrics.getMaxAckLatency().truncatedTo(ChronoUnit.MILLIS).toString())
			.withDetail("redeliveries", metrics.getRedeliveryCount())
			.withDetail("unacknowledged", metrics.getUnacknowledgedCount());
		Throwable lastFailure = status.lastFailure();
		if (lastFailure != null) {
			builder.withDetail("lastFailure", ConnectionHealth.failureMessage(lastFailure));
		}
		switch (status.state()) {
			case CONNECTED -> builder.up();
			case FAILED -> builder.down();
			case STOPPED -> builder.unknown();
			case CONNECTING, RECONNECTING -> this.connection.reportDisconnected(builder);
		}
	}

	private void statusChanged(SlackSocketModeStatus status) {
		switch (status.state()) {
			case CONNECTED, STOPPED -> this.connection.settled();
			case CONNECTING, RECONNECTING -> this.connection.disconnected();
			case FAILED -> {
			}
		}
	}

}
