package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.chat.ChatDeleteRequest;
import dev.slackboot.web.chat.ChatDeleteResponse;
import dev.slackboot.web.chat.ChatGetPermalinkRequest;
import dev.slackboot.web.chat.ChatGetPermalinkResponse;
import dev.slackboot.web.chat.ChatPostEphemeralRequest;
import dev.slackboot.web.chat.ChatPostEphemeralResponse;
import dev.slackboot.web.chat.ChatPostMessageRequest;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import dev.slackboot.web.chat.ChatScheduleMessageRequest;
import dev.slackboot.web.chat.ChatScheduleMessageResponse;
import dev.slackboot.web.chat.ChatUpdateRequest;
import dev.slackboot.web.chat.ChatUpdateResponse;

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

	/**
	 * Calls {@code chat.postEphemeral}: shows a message to one user of a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#postEphemeral(Consumer)
	 */
	public ChatPostEphemeralResponse postEphemeral(Consumer<ChatPostEphemeralRequest> request) {
		return BlockingSupport.await(this.methods.postEphemeral(request), "chat.postEphemeral");
	}

	/**
	 * Calls {@code chat.update}: changes a message.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#update(Consumer)
	 */
	public ChatUpdateResponse update(Consumer<ChatUpdateRequest> request) {
		return BlockingSupport.await(this.methods.update(request), "chat.update");
	}

	/**
	 * Calls {@code chat.delete}: deletes a message.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#delete(Consumer)
	 */
	public ChatDeleteResponse delete(Consumer<ChatDeleteRequest> request) {
		return BlockingSupport.await(this.methods.delete(request), "chat.delete");
	}

	/**
	 * Calls {@code chat.getPermalink}: returns the permanent URL of a message.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#getPermalink(Consumer)
	 */
	public ChatGetPermalinkResponse getPermalink(Consumer<ChatGetPermalinkRequest> request) {
		return BlockingSupport.await(this.methods.getPermalink(request), "chat.getPermalink");
	}

	/**
	 * Calls {@code chat.scheduleMessage}: schedules a message to be posted later.
	 * @param request fills in the request
	 * @return the answer
	 * @see ChatMethods#scheduleMessage(Consumer)
	 */
	public ChatScheduleMessageResponse scheduleMessage(Consumer<ChatScheduleMessageRequest> request) {
		return BlockingSupport.await(this.methods.scheduleMessage(request), "chat.scheduleMessage");
	}

}
