package dev.slackboot.socket;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of what a {@link SlackSocketModeClient} is doing, for health checks, metrics and logs. Read from
 * memory; taking one never calls Slack.
 *
 * @param state the state
 * @param openConnections the connections open now (those Slack said {@code hello} on and that are not closed)
 * @param connections the connections the client keeps open when all is well
 * @param connectedSince since when at least one connection has been open, {@code null} when none is
 * @param lastPongAt when Slack last answered a ping, {@code null} before the first answer
 * @param reconnects how many times a connection was opened to replace one that was lost or refused (Slack's
 * routine refreshes excluded)
 * @param refreshes how many times a connection was replaced on Slack's request ({@code refresh_requested} or
 * {@code warning})
 * @param appId the ID of the app, once Slack said {@code hello}
 * @param lastFailure the last reason a connection failed or was lost, if any
 */
public record SlackSocketModeStatus(SlackSocketModeState state, int openConnections, int connections,
		@Nullable Instant connectedSince, @Nullable Instant lastPongAt, long reconnects, long refreshes,
		@Nullable String appId, @Nullable Throwable lastFailure) {

	/**
	 * Returns whether the client is connected.
	 * @return {@code true} in state {@link SlackSocketModeState#CONNECTED}
	 */
	public boolean isConnected() {
		return this.state == SlackSocketModeState.CONNECTED;
	}

}
