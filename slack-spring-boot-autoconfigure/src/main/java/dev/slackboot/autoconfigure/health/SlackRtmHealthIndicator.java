package dev.slackboot.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health of a {@link SlackRtmClient}, read from its in-memory status (no call to Slack per health check):
 * <ul>
 * <li>{@code UP} when connected;</li>
 * <li>{@code DOWN} when Slack refused the token or the app ({@code FAILED}), or when the client has been
 * connecting or reconnecting for longer than the {@code downAfter} threshold;</li>
 * <li>{@code UNKNOWN} while connecting or reconnecting within the threshold (Slack asks RTM clients to reconnect
 * now and then, and a short reconnect should not fail the application's health), and when the client is stopped
 * (not started yet, or stopped on purpose).</li>
 * </ul>
 * Details: the state, the workspace, the bot user, when the connection opened, how long ago Slack last answered a
 * ping, the number of reconnects, the last failure's message and, while disconnected, for how long. Never a
 * token or a socket URL.
 */
public class SlackRtmHealthIndicator extends AbstractHealthIndicator {

	/**
	 * The default time the client may stay disconnected before it is reported {@code DOWN}.
	 */
	public static final Duration DEFAULT_DOWN_AFTER = Duration.ofMinutes(2);

	private final SlackRtmClient client;

	private final ConnectionHealth connection;

	/**
	 * Creates an indicator that reports {@code DOWN} after {@link #DEFAULT_DOWN_AFTER} disconnected.
	 * @param client the RTM client
	 */
	public SlackRtmHealthIndicator(SlackRtmClient client) {
		this(client, DEFAULT_DOWN_AFTER);
	}

	/**
	 * Creates an indicator.
	 * @param client the RTM client
	 * @param downAfter how long the client may stay disconnected before it is reported {@code DOWN}
	 */
	public SlackRtmHealthIndicator(SlackRtmClient client, Duration downAfter) {
		this(client, downAfter, Clock.systemUTC());
	}

	SlackRtmHealthIndicator(SlackRtmClient client, Duration downAfter, Clock clock) {
		super("Slack RTM health check failed");
		Assert.notNull(client, "client must not be null");
		this.client = client;
		this.connection = new ConnectionHealth(downAfter, clock);
		client.addStatusListener(this::statusChanged);
		statusChanged(client.getStatus());
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SlackRtmStatus status = this.client.getStatus();
		builder.withDetail("state", status.state().name());
		detail(builder, "team", status.teamId());
		detail(builder, "teamName", status.teamName());
		detail(builder, "botUser", status.userId());
		detail(builder, "botId", status.botId());
		Instant connectedSince = status.connectedSince();
		if (connectedSince != null) {
			builder.withDetail("connectedSince", connectedSince.toString());
		}
		Instant lastPongAt = status.lastPongAt();
		if (lastPongAt != null) {
			builder.withDetail("lastPongAge", this.connection.age(lastPongAt).toString());
		}
		builder.withDetail("reconnects", status.reconnects());
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

	private void statusChanged(SlackRtmStatus status) {
		switch (status.state()) {
			case CONNECTED, STOPPED -> this.connection.settled();
			case CONNECTING, RECONNECTING -> this.connection.disconnected();
			case FAILED -> {
			}
		}
	}

	private static void detail(Health.Builder builder, String name, @Nullable String value) {
		if (value != null) {
			builder.withDetail(name, value);
		}
	}

}
