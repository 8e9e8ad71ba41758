package dev.slackboot.rtm;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code rtm.connect} (or {@code rtm.start}) answered: where to connect, and whom the connection belongs
 * to.
 *
 * @param url the WebSocket URL; a short-lived credential, never logged
 * @param userId the ID of the user the connection belongs to
 * @param userName that user's name
 * @param botId the bot ID of the token, if known
 * @param teamId the workspace ID
 * @param teamName the workspace name
 * @param response Slack's answer without the URL, carried by the {@code open} event
 */
record RtmSession(String url, @Nullable String userId, @Nullable String userName, @Nullable String botId,
		@Nullable String teamId, @Nullable String teamName, ObjectNode response) {

	@Override
	public String toString() {
		return "RtmSession[userId=" + this.userId + ", teamId=" + this.teamId + "]";
	}

}
