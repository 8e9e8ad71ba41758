package dev.slackboot.web;

/**
 * Slack's {@code pins.*} methods, blocking.
 *
 * @see PinsMethods
 */
public final class BlockingPinsMethods {

	private final PinsMethods methods;

	BlockingPinsMethods(PinsMethods methods) {
		this.methods = methods;
	}

}
