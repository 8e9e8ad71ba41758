package dev.slackboot.web;

/**
 * Slack's {@code team.*} methods.
 */
public final class TeamMethods {

	private final SlackApiInvoker api;

	TeamMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
