package dev.slackboot.web;

/**
 * Slack's {@code bots.*} methods.
 */
public final class BotsMethods {

	private final SlackApiInvoker api;

	BotsMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
