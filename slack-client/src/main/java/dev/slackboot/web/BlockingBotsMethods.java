package dev.slackboot.web;

/**
 * Slack's {@code bots.*} methods, blocking.
 *
 * @see BotsMethods
 */
public final class BlockingBotsMethods {

	private final BotsMethods methods;

	BlockingBotsMethods(BotsMethods methods) {
		this.methods = methods;
	}

}
