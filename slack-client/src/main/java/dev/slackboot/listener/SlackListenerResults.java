package dev.slackboot.listener;

import java.util.concurrent.CompletionStage;

import dev.slackboot.web.chat.ChatPostMessageRequest;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a listener's result means, for annotated methods, programmatic listeners and error handlers alike:
 * <ul>
 * <li>{@code null} (and {@code void}) and blank text: nothing is posted;</li>
 * <li>a {@code String} (any {@link CharSequence}): posted with {@link SlackEventContext#reply(String)}, to the
 * event's channel, in its thread as the {@link SlackReplyMode} says;</li>
 * <li>a {@link ChatPostMessageRequest}: posted the same way; the channel and thread are filled in unless the
 * request sets them;</li>
 * <li>a {@code Mono} or any other {@link Publisher}, or a {@link CompletionStage}: awaited without blocking a
 * thread; each text or {@code ChatPostMessageRequest} it produced is then posted, other values (such as the
 * answer of a Web API call, e.g. of {@link SlackEventContext#reply(String)}) are ignored.</li>
 * </ul>
 * Other results are an error of the listener.
 */
public final class SlackListenerResults {

	private SlackListenerResults() {
	}

	/**
	 * Tells whether a method with the given return type can be a listener; {@code Object} is accepted and its
	 * value checked when returned.
	 * @param returnType the method's return type
	 * @return whether the type can be handled
	 */
	public static boolean isSupportedReturnType(Class<?> returnType) {
		return returnType == void.class || returnType == Void.class || returnType == Object.class
				|| CharSequence.class.isAssignableFrom(returnType)
				|| ChatPostMessageRequest.class.isAssignableFrom(returnType)
				|| Publisher.class.isAssignableFrom(returnType) || CompletionStage.class.isAssignableFrom(returnType);
	}

	/**
	 * Handles a listener's result.
	 * @param result what the listener returned
	 * @param context the context of the invocation
	 * @return completes when the result was posted or awaited
	 */
	public static Mono<Void> handle(@Nullable Object result, SlackEventContext context) {
		if (result == null || result instanceof CharSequence || result instanceof ChatPostMessageRequest) {
			return post(result, context);
		}
		if (result instanceof Mono<?> mono) {
			return mono.flatMap((value) -> post(value, context));
		}
		if (result instanceof Publisher<?> publisher) {
			return Flux.from(publisher).concatMap((value) -> post(value, context)).then();
		}
		if (result instanceof CompletionStage<?> stage) {
			return Mono.fromCompletionStage(stage).flatMap((value) -> post(value, context));
		}
		return Mono.error(new IllegalStateException("Slack listener '" + context.listenerId() + "' returned a "
				+ result.getClass().getName() + "; return void, a String, a ChatPostMessageRequest, a Mono or a "
				+ "CompletionStage"));
	}

	private static Mono<Void> post(@Nullable Object value, SlackEventContext context) {
		if (value instanceof CharSequence text && !text.toString().isBlank()) {
			return context.reply(text.toString()).then();
		}
		if (value instanceof ChatPostMessageRequest request) {
			return context.reply((message) -> request.params().forEach(message::param)).then();
		}
		return Mono.empty();
	}

}
