package dev.slackboot.web;

/**
 * Slack's {@code users.*} methods.
 */
public final class UsersMethods {

	private final SlackApiInvoker api;

	UsersMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
