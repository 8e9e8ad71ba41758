package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.chat.ChatPostMessageRequest;
import dev.slackboot.web.chat.ChatPostMessageResponse;

/**
 * Slack's {@code chat.*} methods, blocking.
 *
 * @see ChatMethods
 */
public final class BlockingChatMethods {

	private final ChatMethods methods;

	BlockingChatMethods(ChatMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code chat.postMessage}: posts a message to a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#postMessage(Consumer)
	 */
	public ChatPostMessageResponse postMessage(Consumer<ChatPostMessageRequest> request) {
		return BlockingSupport.await(this.methods.postMessage(request), "chat.postMessage");
	}

}
