package dev.slackboot.listener.support;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves parameters whose type is a bean of the application context, such as
 * {@link dev.slackboot.web.SlackWebClient} or the RTM client: any type with a bean resolves to that bean
 * (the primary one when there are several).
 */
public class SlackBeanArgumentResolver implements HandlerMethodArgumentResolver {

	private final ListableBeanFactory beanFactory;

	/**
	 * Creates a resolver.
	 * @param beanFactory the bean factory beans are looked up in
	 */
	public SlackBeanArgumentResolver(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type != Object.class && this.beanFactory.getBeanNamesForType(type, true, false).length > 0;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return this.beanFactory.getBean(parameter.getParameterType());
	}

}
