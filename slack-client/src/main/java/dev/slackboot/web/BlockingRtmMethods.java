package dev.slackboot.web;

/**
 * Slack's {@code rtm.*} methods, blocking.
 *
 * @see RtmMethods
 */
public final class BlockingRtmMethods {

	private final RtmMethods methods;

	BlockingRtmMethods(RtmMethods methods) {
		this.methods = methods;
	}

}
