package dev.slackboot.web;

/**
 * Slack's {@code reactions.*} methods, blocking.
 *
 * @see ReactionsMethods
 */
public final class BlockingReactionsMethods {

	private final ReactionsMethods methods;

	BlockingReactionsMethods(ReactionsMethods methods) {
		this.methods = methods;
	}

}
