package dev.slackboot.rtm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of what a {@link SlackRtmClient} is doing, for health checks, metrics and logs. Read from memory;
 * taking one never calls Slack.
 *
 * @param state the state
 * @param connectedSince when the current connection opened, {@code null} when not connected
 * @param lastPongAt when Slack last answered a ping, {@code null} before the first answer
 * @param reconnects how many times the client reconnected since it was created
 * @param userId the ID of the user (for a bot token, the bot user) the connection belongs to, once known
 * @param botId the bot ID of the token, once known
 * @param teamId the workspace ID, once known
 * @param teamName the workspace name, once known
 * @param lastFailure the last reason a connection failed or was lost, if any
 */
public record SlackRtmStatus(SlackRtmState state, @Nullable Instant connectedSince, @Nullable Instant lastPongAt,
		long reconnects, @Nullable String userId, @Nullable String botId, @Nullable String teamId,
		@Nullable String teamName, @Nullable Throwable lastFailure) {

	/**
	 * Returns whether the client is connected.
	 * @return {@code true} in state {@link SlackRtmState#CONNECTED}
	 */
	public boolean isConnected() {
		return this.state == SlackRtmState.CONNECTED;
	}

}
