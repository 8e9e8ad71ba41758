package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.pins.PinsAddRequest;
import dev.slackboot.web.pins.PinsAddResponse;
import dev.slackboot.web.pins.PinsListRequest;
import dev.slackboot.web.pins.PinsListResponse;
import dev.slackboot.web.pins.PinsRemoveRequest;
import dev.slackboot.web.pins.PinsRemoveResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code pins.*} methods.
 */
public final class PinsMethods {

	private final SlackApiInvoker api;

	PinsMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code pins.add}: pins a message to a conversation.
	 * @param request fills in the request, e.g. {@code p -> p.channel("C123").timestamp(ts)}
	 * @return the answer
	 */
	public Mono<PinsAddResponse> add(Consumer<PinsAddRequest> request) {
		return this.api.invoke("pins.add", SlackRequests.build(new PinsAddRequest(), request),
				PinsAddResponse.class);
	}

	/**
	 * Calls {@code pins.remove}: un-pins a message from a conversation.
	 * @param request fills in the request, e.g. {@code p -> p.channel("C123").timestamp(ts)}
	 * @return the answer
	 */
	public Mono<PinsRemoveResponse> remove(Consumer<PinsRemoveRequest> request) {
		return this.api.invoke("pins.remove", SlackRequests.build(new PinsRemoveRequest(), request),
				PinsRemoveResponse.class);
	}

	/**
	 * Calls {@code pins.list}: lists the items pinned to a conversation.
	 * @param request fills in the request, e.g. {@code p -> p.channel("C123")}
	 * @return the answer
	 */
	public Mono<PinsListResponse> list(Consumer<PinsListRequest> request) {
		return this.api.invoke("pins.list", SlackRequests.build(new PinsListRequest(), request),
				PinsListResponse.class);
	}

}
