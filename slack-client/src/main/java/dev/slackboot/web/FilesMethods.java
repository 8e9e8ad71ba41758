package dev.slackboot.web;

/**
 * Slack's {@code files.*} methods.
 */
public final class FilesMethods {

	private final SlackApiInvoker api;

	FilesMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
