package dev.slackboot.web;

/**
 * Slack's {@code conversations.*} methods.
 */
public final class ConversationsMethods {

	private final SlackApiInvoker api;

	ConversationsMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
