package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.team.TeamInfoRequest;
import dev.slackboot.web.team.TeamInfoResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code team.*} methods.
 */
public final class TeamMethods {

	private final SlackApiInvoker api;

	TeamMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code team.info} for the token's own workspace.
	 * @return the answer
	 */
	public Mono<TeamInfoResponse> info() {
		return info((request) -> {
		});
	}

	/**
	 * Calls {@code team.info}: returns information about a workspace.
	 * @param request fills in the request, e.g. {@code t -> t.team("T123")}
	 * @return the answer
	 */
	public Mono<TeamInfoResponse> info(Consumer<TeamInfoRequest> request) {
		return this.api.invoke("team.info", SlackRequests.build(new TeamInfoRequest(), request),
				TeamInfoResponse.class);
	}

}
