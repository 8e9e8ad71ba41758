package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.team.TeamInfoRequest;
import dev.slackboot.web.team.TeamInfoResponse;

/**
 * Slack's {@code team.*} methods, blocking.
 *
 * @see TeamMethods
 */
public final class BlockingTeamMethods {

	private final TeamMethods methods;

	BlockingTeamMethods(TeamMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code team.info} for the token's own workspace.
	 * @return the answer
	 * @see TeamMethods#info()
	 */
	public TeamInfoResponse info() {
		return BlockingSupport.await(this.methods.info(), "team.info");
	}

	/**
	 * Calls {@code team.info}: returns information about a workspace.
	 * @param request fills in the request
	 * @return the answer
	 * @see TeamMethods#info(Consumer)
	 */
	public TeamInfoResponse info(Consumer<TeamInfoRequest> request) {
		return BlockingSupport.await(this.methods.info(request), "team.info");
	}

}
