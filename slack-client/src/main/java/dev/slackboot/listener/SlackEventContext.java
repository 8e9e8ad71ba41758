package dev.slackboot.listener;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.chat.ChatPostMessageRequest;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * One event as one listener sees it: the event, where it happened, the named groups the listener's
 * {@code pattern} matched, and ways to answer in the event's conversation.
 *
 * <p>
 * {@link #reply(String)} posts where the {@link SlackReplyMode} says (by default in the event's thread when it
 * happened in one, otherwise to its channel), {@link #say(String)} always to the channel and
 * {@link #replyInThread(String)} always in a thread. Every reply is a {@code Mono} that posts when subscribed:
 * return it from the listener, and the dispatcher awaits it.
 */
public final class SlackEventContext {

	private final SlackEvent event;

	private final String listenerId;

	private final Map<String, @Nullable String> groups;

	private final @Nullable SlackWebClient webClient;

	private final SlackReplyMode replyMode;

	/**
	 * Creates a context.
	 * @param event the event
	 * @param listenerId the ID of the listener that receives it
	 * @param groups the named groups of the listener's pattern and the text they matched (a group that did not
	 * take part in the match maps to {@code null})
	 * @param webClient the client replies are posted with, if any
	 * @param replyMode where {@link #reply(String)} posts
	 */
	public SlackEventContext(SlackEvent event, String listenerId, Map<String, @Nullable String> groups,
			@Nullable SlackWebClient webClient, SlackReplyMode replyMode) {
		this.event = event;
		this.listenerId = listenerId;
		this.groups = groups.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(groups));
		this.webClient = webClient;
		this.replyMode = replyMode;
	}

	/**
	 * Returns the event.
	 * @return the event
	 */
	public SlackEvent event() {
		return this.event;
	}

	/**
	 * Returns the event type, e.g. {@code message}.
	 * @return the type
	 */
	public String type() {
		return this.event.type();
	}

	/**
	 * Returns the workspace ID, if known.
	 * @return the team ID
	 */
	public @Nullable String team() {
		return this.event.team();
	}

	/**
	 * Returns the conversation the event belongs to, if any.
	 * @return the channel ID
	 */
	public @Nullable String channel() {
		return this.event.channel();
	}

	/**
	 * Returns the user who caused the event, if any.
	 * @return the user ID
	 */
	public @Nullable String user() {
		return this.event.user();
	}

	/**
	 * Returns the transport the event arrived on.
	 * @return the transport
	 */
	public SlackTransport transport() {
		return this.event.transport();
	}

	/**
	 * Returns the event's {@code text}, for message-like events.
	 * @return the text, or {@code null}
	 */
	public @Nullable String text() {
		return field("text");
	}

	/**
	 * Returns the event's {@code ts}, the timestamp that identifies a message in its channel.
	 * @return the timestamp, or {@code null}
	 */
	public @Nullable String ts() {
		return field("ts");
	}

	/**
	 * Returns the event's {@code thread_ts}, when it happened in a thread.
	 * @return the thread's timestamp, or {@code null}
	 */
	public @Nullable String threadTs() {
		return field("thread_ts");
	}

	/**
	 * Returns the ID of the listener that receives the event.
	 * @return the listener ID
	 */
	public String listenerId() {
		return this.listenerId;
	}

	/**
	 * Returns the text a named group of the listener's pattern matched.
	 * @param name the group name
	 * @return the matched text, or {@code null} when the group did not take part in the match
	 */
	public @Nullable String group(String name) {
		return this.groups.get(name);
	}

	/**
	 * Returns the named groups of the listener's pattern and the text they matched.
	 * @return the groups by name; empty when the listener has no pattern
	 */
	public Map<String, @Nullable String> groups() {
		return this.groups;
	}

	/**
	 * Posts a message where the reply mode says: by default in the event's thread when it happened in one,
	 * otherwise to its channel.
	 * @param text the text, in Slack's markup
	 * @return the answer of {@code chat.postMessage}; posts when subscribed
	 */
	public Mono<ChatPostMessageResponse> reply(String text) {
		return post(replyThread(), (message) -> message.text(text));
	}

	/**
	 * Posts a message built by the given callback where the reply mode says; channel and thread are filled in
	 * before the callback runs, so it may change them.
	 * @param message fills in the message, e.g. {@code m -> m.text("Done").blocks(blocks)}
	 * @return the answer of {@code chat.postMessage}; posts when subscribed
	 */
	public Mono<ChatPostMessageResponse> reply(Consumer<ChatPostMessageRequest> message) {
		return post(replyThread(), message);
	}

	/**
	 * Posts a message to the event's channel, outside any thread.
	 * @param text the text, in Slack's markup
	 * @return the answer of {@code chat.postMessage}; posts when subscribed
	 */
	public Mono<ChatPostMessageResponse> say(String text) {
		return post(null, (message) -> message.text(text));
	}

	/**
	 * Posts a message in the event's thread, starting a thread on the event's message when it is not in one.
	 * @param text the text, in Slack's markup
	 * @return the answer of {@code chat.postMessage}; posts when subscribed
	 */
	public Mono<ChatPostMessageResponse> replyInThread(String text) {
		return post(threadOrMessage(), (message) -> message.text(text));
	}

	private @Nullable String replyThread() {
		return switch (this.replyMode) {
			case CHANNEL -> null;
			case FOLLOW_THREAD -> threadTs();
			case THREAD -> threadOrMessage();
		};
	}

	private @Nullable String threadOrMessage() {
		String threadTs = threadTs();
		return (threadTs != null) ? threadTs : ts();
	}

	private Mono<ChatPostMessageResponse> post(@Nullable String threadTs, Consumer<ChatPostMessageRequest> message) {
		Assert.notNull(message, "message must not be null");
		return Mono.defer(() -> {
			String channel = channel();
			if (channel == null) {
				return Mono.error(new IllegalStateException("Cannot reply to " + this.event + " of listener '"
						+ this.listenerId + "': the event has no channel"));
			}
			if (this.webClient == null) {
				return Mono.error(new IllegalStateException("Cannot reply to " + this.event + " of listener '"
						+ this.listenerId + "': no SlackWebClient is configured on the dispatcher"));
			}
			return this.webClient.chat().postMessage((request) -> {
				request.channel(channel).threadTs(threadTs);
				message.accept(request);
			});
		});
	}

	private @Nullable String field(String name) {
		JsonNode value = this.event.event().get(name);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	@Override
	public String toString() {
		return "SlackEventContext[listener=" + this.listenerId + ", event=" + this.event + "]";
	}

}
