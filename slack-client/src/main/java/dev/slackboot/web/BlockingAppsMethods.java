package dev.slackboot.web;

/**
 * Slack's {@code apps.*} methods, blocking.
 *
 * @see AppsMethods
 */
public final class BlockingAppsMethods {

	private final AppsMethods methods;

	BlockingAppsMethods(AppsMethods methods) {
		this.methods = methods;
	}

}
