package dev.slackboot.web;

/**
 * Slack's {@code rtm.*} methods.
 */
public final class RtmMethods {

	private final SlackApiInvoker api;

	RtmMethods(SlackApiInvoker api) {
		this.api = api;
	}

}
