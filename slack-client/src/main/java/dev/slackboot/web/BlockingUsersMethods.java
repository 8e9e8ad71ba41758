package dev.slackboot.web;

/**
 * Slack's {@code users.*} methods, blocking.
 *
 * @see UsersMethods
 */
public final class BlockingUsersMethods {

	private final UsersMethods methods;

	BlockingUsersMethods(UsersMethods methods) {
		this.methods = methods;
	}

}
