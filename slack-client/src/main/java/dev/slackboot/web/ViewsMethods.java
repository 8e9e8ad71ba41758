package dev.slackboot.web;

/**
 * Slack's {@code views.*} methods.
 */
public final class ViewsMethods {

	private final SlackApiInvoker api;

	ViewsMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
