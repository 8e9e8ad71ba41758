package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.chat.ChatPostMessageRequest;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code chat.*} methods.
 */
public final class ChatMethods {

	private final SlackApiInvoker api;

	ChatMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code chat.postMessage}: posts a message to a conversation. Never retried after it may have
	 * reached Slack, so a message is not posted twice.
	 * @param request fills in the request, e.g. {@code m -> m.channel("C123").text("Hello")}
	 * @return the answer
	 */
	public Mono<ChatPostMessageResponse> postMessage(Consumer<ChatPostMessageRequest> request) {
		return this.api.invoke("chat.postMessage", SlackRequests.build(new ChatPostMessageRequest(), request),
				ChatPostMessageResponse.class);
	}

}
