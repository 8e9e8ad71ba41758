package dev.slackboot.listener.support;

import dev.slackboot.listener.annotation.SlackPatternGroup;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.util.StringUtils;

/**
 * Resolves {@link SlackPatternGroup @SlackPatternGroup} parameters: the text a named group of the listener's
 * pattern matched.
 */
public class SlackPatternGroupArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Returns the group a parameter is bound to.
	 * @param parameter a parameter annotated with {@link SlackPatternGroup}
	 * @return the group name, or {@code null} when it names none and the parameter name is not known
	 */
	public static @Nullable String groupName(MethodParameter parameter) {
		SlackPatternGroup group = parameter.getParameterAnnotation(SlackPatternGroup.class);
		if (group != null && StringUtils.hasText(group.value())) {
			return group.value();
		}
		return parameter.getParameterName();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(SlackPatternGroup.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		String name = groupName(parameter);
		return (name != null) ? MessagingSlackListenerAdapter.context(message).group(name) : null;
	}

}
