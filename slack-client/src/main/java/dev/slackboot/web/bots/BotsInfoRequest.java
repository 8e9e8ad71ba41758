package dev.slackboot.web.bots;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code bots.info}.
 */
public final class BotsInfoRequest extends SlackRequest<BotsInfoRequest> {

	/**
	 * Creates an empty request.
	 */
	public BotsInfoRequest() {
	}

	/**
	 * Sets the bot to get information about.
	 * @param bot the bot ID ({@code B...})
	 * @return this request
	 */
	public BotsInfoRequest bot(@Nullable String bot) {
		return param("bot", bot);
	}

	/**
	 * Sets the workspace or organization the bot belongs to; required with an organization-wide token.
	 * @param teamId the workspace or organization ID
	 * @return this request
	 */
	public BotsInfoRequest teamId(@Nullable String teamId) {
		return param("team_id", teamId);
	}

}
