package dev.slackboot.listener.support;

import dev.slackboot.listener.SlackEventContext;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link SlackEventContext} parameters: the event, where it happened, and ways to reply.
 */
public class SlackEventContextArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SlackEventContext.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return MessagingSlackListenerAdapter.context(message);
	}

}
