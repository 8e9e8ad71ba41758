package dev.slackboot.web;

/**
 * Slack's {@code reactions.*} methods.
 */
public final class ReactionsMethods {

	private final SlackApiInvoker api;

	ReactionsMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
