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

	/**
	 * Calls {@code chat.postEphemeral}: shows a message to one user of a conversation, until they reload.
	 * Never retried after it may have reached Slack.
	 * @param request fills in the request, e.g. {@code m -> m.channel("C123").user("U123").text("Only you")}
	 * @return the answer
	 */
	public Mono<ChatPostEphemeralResponse> postEphemeral(Consumer<ChatPostEphemeralRequest> request) {
		return this.api.invoke("chat.postEphemeral", SlackRequests.build(new ChatPostEphemeralRequest(), request),
				ChatPostEphemeralResponse.class);
	}

	/**
	 * Calls {@code chat.update}: changes a message the token's owner posted.
	 * @param request fills in the request, e.g. {@code m -> m.channel("C123").ts(ts).text("Edited")}
	 * @return the answer
	 */
	public Mono<ChatUpdateResponse> update(Consumer<ChatUpdateRequest> request) {
		return this.api.invoke("chat.update", SlackRequests.build(new ChatUpdateRequest(), request),
				ChatUpdateResponse.class);
	}

	/**
	 * Calls {@code chat.delete}: deletes a message.
	 * @param request fills in the request, e.g. {@code m -> m.channel("C123").ts(ts)}
	 * @return the answer
	 */
	public Mono<ChatDeleteResponse> delete(Consumer<ChatDeleteRequest> request) {
		return this.api.invoke("chat.delete", SlackRequests.build(new ChatDeleteRequest(), request),
				ChatDeleteResponse.class);
	}

	/**
	 * Calls {@code chat.getPermalink}: returns the permanent URL of a message.
	 * @param request fills in the request, e.g. {@code m -> m.channel("C123").messageTs(ts)}
	 * @return the answer
	 */
	public Mono<ChatGetPermalinkResponse> getPermalink(Consumer<ChatGetPermalinkRequest> request) {
		return this.api.invoke("chat.getPermalink", SlackRequests.build(new ChatGetPermalinkRequest(), request),
				ChatGetPermalinkResponse.class);
	}

	/**
	 * Calls {@code chat.scheduleMessage}: schedules a message to be posted later. Never retried after it may
	 * have reached Slack, so a message is not scheduled twice.
	 * @param request fills in the request, e.g.
	 * {@code m -> m.channel("C123").postAt(Instant.now().plusSeconds(3600)).text("Later")}
	 * @return the answer
	 */
	public Mono<ChatScheduleMessageResponse> scheduleMessage(Consumer<ChatScheduleMessageRequest> request) {
		return this.api.invoke("chat.scheduleMessage",
				SlackRequests.build(new ChatScheduleMessageRequest(), request), ChatScheduleMessageResponse.class);
	}

}
