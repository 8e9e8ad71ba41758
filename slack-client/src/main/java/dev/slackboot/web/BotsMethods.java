package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.bots.BotsInfoRequest;
import dev.slackboot.web.bots.BotsInfoResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code bots.*} methods.
 */
public final class BotsMethods {

	private final SlackApiInvoker api;

	BotsMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code bots.info}: returns information about a bot, e.g. to find the user ID behind a message's
	 * {@code bot_id}.
	 * @param request fills in the request, e.g. {@code b -> b.bot("B123")}
	 * @return the answer
	 */
	public Mono<BotsInfoResponse> info(Consumer<BotsInfoRequest> request) {
		return this.api.invoke("bots.info", SlackRequests.build(new BotsInfoRequest(), request),
				BotsInfoResponse.class);
	}

}
