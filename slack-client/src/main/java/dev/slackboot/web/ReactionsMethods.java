package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.reactions.ReactionsAddRequest;
import dev.slackboot.web.reactions.ReactionsAddResponse;
import dev.slackboot.web.reactions.ReactionsGetRequest;
import dev.slackboot.web.reactions.ReactionsGetResponse;
import dev.slackboot.web.reactions.ReactionsRemoveRequest;
import dev.slackboot.web.reactions.ReactionsRemoveResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code reactions.*} methods.
 */
public final class ReactionsMethods {

	private final SlackApiInvoker api;

	ReactionsMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code reactions.add}: reacts to a message with an emoji.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").timestamp(ts).name("thumbsup")}
	 * @return the answer
	 */
	public Mono<ReactionsAddResponse> add(Consumer<ReactionsAddRequest> request) {
		return this.api.invoke("reactions.add", SlackRequests.build(new ReactionsAddRequest(), request),
				ReactionsAddResponse.class);
	}

	/**
	 * Calls {@code reactions.remove}: removes the token owner's reaction from a message, file or file comment.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").timestamp(ts).name("thumbsup")}
	 * @return the answer
	 */
	public Mono<ReactionsRemoveResponse> remove(Consumer<ReactionsRemoveRequest> request) {
		return this.api.invoke("reactions.remove", SlackRequests.build(new ReactionsRemoveRequest(), request),
				ReactionsRemoveResponse.class);
	}

	/**
	 * Calls {@code reactions.get}: returns a message, file or file comment with its reactions.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").timestamp(ts).full(true)}
	 * @return the answer
	 */
	public Mono<ReactionsGetResponse> get(Consumer<ReactionsGetRequest> request) {
		return this.api.invoke("reactions.get", SlackRequests.build(new ReactionsGetRequest(), request),
				ReactionsGetResponse.class);
	}

}
