package dev.slackboot.web;

import dev.slackboot.web.apps.AppsConnectionsOpenResponse;

/**
 * Slack's {@code apps.*} methods, blocking.
 *
 * @see AppsMethods
 */
public final class BlockingAppsMethods {

	private final AppsMethods methods;

	BlockingAppsMethods(AppsMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code apps.connections.open} with the app-level token: asks for the URL of a Socket Mode
	 * WebSocket.
	 * @return the answer
	 * @throws IllegalStateException when the client has no app-level token
	 * @see AppsMethods#connectionsOpen()
	 */
	public AppsConnectionsOpenResponse connectionsOpen() {
		return BlockingSupport.await(this.methods.connectionsOpen(), "apps.connections.open");
	}

}
