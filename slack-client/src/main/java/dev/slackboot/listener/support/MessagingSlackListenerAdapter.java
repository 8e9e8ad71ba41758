package dev.slackboot.listener.support;

import java.util.Map;
import java.util.function.Supplier;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackListener;
import dev.slackboot.model.SlackEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.messaging.support.GenericMessage;

/**
 * Adapts a listener method to {@link SlackListener}: the event becomes a {@link Message} whose payload is the
 * {@link SlackEvent} and whose {@value #CONTEXT_HEADER} header is the {@link SlackEventContext}, and the
 * method's arguments are resolved from it.
 */
public class MessagingSlackListenerAdapter implements SlackListener {

	/**
	 * The message header that carries the {@link SlackEventContext}.
	 */
	public static final String CONTEXT_HEADER = "slack_eventContext";

	private final Supplier<InvocableHandlerMethod> handlerMethod;

	/**
	 * Creates an adapter.
	 * @param handlerMethod supplies the method to invoke, with its bean; asked on every event
	 */
	public MessagingSlackListenerAdapter(Supplier<InvocableHandlerMethod> handlerMethod) {
		this.handlerMethod = handlerMethod;
	}

	/**
	 * Returns the context of a message built by this adapter.
	 * @param message the message
	 * @return the context
	 */
	public static SlackEventContext context(Message<?> message) {
		Object context = message.getHeaders().get(CONTEXT_HEADER);
		if (!(context instanceof SlackEventContext eventContext)) {
			throw new IllegalStateException("Message has no " + SlackEventContext.class.getSimpleName() + " header");
		}
		return eventContext;
	}

	@Override
	public @Nullable Object onEvent(SlackEventContext context) throws Exception {
		Message<SlackEvent> message = new GenericMessage<>(context.event(), new ContextHeaders(context));
		return this.handlerMethod.get().invoke(message);
	}

	/**
	 * The headers of the message of one invocation: the context only, without the ID and timestamp that
	 * {@link MessageHeaders} otherwise generates for every message, which nothing reads here.
	 */
	private static final class ContextHeaders extends MessageHeaders {

		ContextHeaders(SlackEventContext context) {
			super(Map.of(CONTEXT_HEADER, context), ID_VALUE_NONE, -1L);
		}

	}

}
