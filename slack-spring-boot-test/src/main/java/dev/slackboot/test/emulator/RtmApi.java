package dev.slackboot.test.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rtm.connect} and {@code rtm.start} (which Slack has answered like {@code rtm.connect} since 2022): a
 * single-use socket URL valid for 30 seconds, with the connecting user ({@code self}) and the team.
 */
final class RtmApi {

	private final Workspace workspace;

	private final SocketTickets tickets;

	RtmApi(Workspace workspace, SocketTickets tickets) {
		this.workspace = workspace;
		this.tickets = tickets;
	}

	void register(WebApiMethods methods) {
		methods.add("rtm.connect", this::connect);
		methods.add("rtm.start", this::connect);
	}

	private ObjectNode connect(ApiCall call) {
		String ticket = this.tickets.issue(call.user());
		String url = "ws" + call.requestRootUrl().substring("http".length()) + "rtm/" + ticket;
		EmulatedUser self = this.workspace.user(call.user());
		ObjectNode answer = call.ok().put("url", url);
		answer.putObject("team")
			.put("id", this.workspace.teamId())
			.put("name", this.workspace.teamName())
			.put("domain", this.workspace.teamDomain());
		answer.putObject("self").put("id", call.user()).put("name", (self != null) ? self.name() : call.user());
		return answer;
	}

}
