package dev.slackboot.web;

import org.jspecify.annotations.Nullable;

/**
 * Slack's {@code apps.*} methods.
 */
public final class AppsMethods {

	private final SlackApiInvoker api;

	private final @Nullable String appToken;

	AppsMethods(SlackApiInvoker api, @Nullable String appToken) {
		this.api = api;
		this.appToken = appToken;
	}

}
