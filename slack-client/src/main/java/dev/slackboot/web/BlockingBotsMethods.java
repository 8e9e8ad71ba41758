package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.bots.BotsInfoRequest;
import dev.slackboot.web.bots.BotsInfoResponse;

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

	/**
	 * Calls {@code bots.info}: returns information about a bot.
	 * @param request fills in the request
	 * @return the answer
	 * @see BotsMethods#info(Consumer)
	 */
	public BotsInfoResponse info(Consumer<BotsInfoRequest> request) {
		return BlockingSupport.await(this.methods.info(request), "bots.info");
	}

}
