package dev.slackboot.web;

/**
 * Slack's {@code conversations.*} methods, blocking.
 *
 * @see ConversationsMethods
 */
public final class BlockingConversationsMethods {

	private final ConversationsMethods methods;

	BlockingConversationsMethods(ConversationsMethods methods) {
		this.methods = methods;
	}

}
