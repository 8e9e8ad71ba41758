package dev.slackboot.listener.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves the event object as Slack sent it (for the Events API and Socket Mode, the inner {@code event}) into
 * {@link JsonNode}, {@link Map} or {@code String} (its JSON) parameters.
 */
public class SlackEventBodyArgumentResolver implements HandlerMethodArgumentResolver {

	private final Supplier<JsonMapper> jsonMapper;

	/**
	 * Creates a resolver.
	 * @param jsonMapper supplies the mapper that converts the event, asked on first use
	 */
	public SlackEventBodyArgumentResolver(Supplier<JsonMapper> jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == String.class || type == JsonNode.class
				|| (Map.class.isAssignableFrom(type) && type.isAssignableFrom(LinkedHashMap.class));
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		JsonNode event = MessagingSlackListenerAdapter.context(message).event().event();
		Class<?> type = parameter.getParameterType();
		if (type == JsonNode.class) {
			return event;
		}
		JsonMapper mapper = this.jsonMapper.get();
		if (type == String.class) {
			return mapper.writeValueAsString(event);
		}
		return mapper.convertValue(event, mapper.constructType(parameter.getGenericParameterType()));
	}

}
