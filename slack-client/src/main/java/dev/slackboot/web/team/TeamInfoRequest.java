package dev.slackboot.web.team;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code team.info}; none are required: without any, it answers about the token's own workspace.
 */
public final class TeamInfoRequest extends SlackRequest<TeamInfoRequest> {

	/**
	 * Creates an empty request.
	 */
	public TeamInfoRequest() {
	}

	/**
	 * Sets the workspace to get information about.
	 * @param team the workspace ID
	 * @return this request
	 */
	public TeamInfoRequest team(@Nullable String team) {
		return param("team", team);
	}

	/**
	 * Sets the domain of the workspace to get information about, instead of its ID (only for
	 * workspaces of the same Enterprise Grid organization).
	 * @param domain the workspace domain
	 * @return this request
	 */
	public TeamInfoRequest domain(@Nullable String domain) {
		return param("domain", domain);
	}

}
