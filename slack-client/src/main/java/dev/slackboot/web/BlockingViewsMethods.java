package dev.slackboot.web;

/**
 * Slack's {@code views.*} methods, blocking.
 *
 * @see ViewsMethods
 */
public final class BlockingViewsMethods {

	private final ViewsMethods methods;

	BlockingViewsMethods(ViewsMethods methods) {
		this.methods = methods;
	}

}
