package dev.slackboot.web;

/**
 * Slack's {@code pins.*} methods.
 */
public final class PinsMethods {

	private final SlackApiInvoker api;

	PinsMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
