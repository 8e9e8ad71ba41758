package dev.slackboot.test.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code apps.connections.open}, the one method here called with the app-level token: hands out a single-use
 * Socket Mode URL in Slack's form, {@code ws://<host>/link/?ticket=...&app_id=...}, valid for 30 seconds. The
 * socket behind it is served by the Socket Mode endpoint, which redeems the same tickets.
 */
final class AppsApi {

	private final Workspace workspace;

	private final SocketTickets tickets;

	AppsApi(Workspace workspace, SocketTickets tickets) {
		this.workspace = workspace;
		this.tickets = tickets;
	}

	void register(WebApiMethods methods) {
		methods.addForAppToken("apps.connections.open", this::connectionsOpen);
	}

	private ObjectNode connectionsOpen(ApiCall call) {
		String ticket = this.tickets.issue(this.workspace.appId());
		String url = "ws" + call.requestRootUrl().substring("http".length()) + "link/?ticket=" + ticket + "&app_id="
				+ this.workspace.appId();
		return call.ok().put("url", url);
	}

}
