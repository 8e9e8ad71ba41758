package dev.slackboot.listener.support;

import dev.slackboot.model.SlackEvent;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link SlackEvent} parameters: the event with its transport metadata.
 */
public class SlackEventArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SlackEvent.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return MessagingSlackListenerAdapter.context(message).event();
	}

}
