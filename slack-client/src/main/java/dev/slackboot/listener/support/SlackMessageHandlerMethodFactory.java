package dev.slackboot.listener.support;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * The {@link DefaultMessageHandlerMethodFactory} of {@code @SlackEventListener} methods, with exactly these
 * argument resolvers, asked in this order:
 * <ol>
 * <li>{@link SlackPatternGroupArgumentResolver}: {@code @SlackPatternGroup} parameters;</li>
 * <li>{@link SlackEventArgumentResolver}: {@link dev.slackboot.model.SlackEvent};</li>
 * <li>{@link SlackEventContextArgumentResolver}: {@link dev.slackboot.listener.SlackEventContext};</li>
 * <li>{@link SlackEventBodyArgumentResolver}: {@code JsonNode}, {@code Map} and {@code String};</li>
 * <li>{@link SlackBeanArgumentResolver}: any type with a bean, e.g. {@code SlackWebClient};</li>
 * <li>{@link SlackEventModelArgumentResolver}: typed events, records and POJOs.</li>
 * </ol>
 * A parameter none of them supports is an error at startup ({@link #supportsParameter(MethodParameter)}).
 *
 * <p>
 * Methods of beans behind a JDK proxy are invoked through the proxy, with the arguments resolved from the
 * target class's method (so parameter annotations there count); the method must be declared by one of the
 * proxy's interfaces, or the bean proxied with CGLIB.
 */
public class SlackMessageHandlerMethodFactory extends DefaultMessageHandlerMethodFactory {

	private final HandlerMethodArgumentResolverComposite resolvers = new HandlerMethodArgumentResolverComposite();

	/**
	 * Creates a factory.
	 * @param beanFactory the bean factory that beans are injected from
	 * @param jsonMapper supplies the mapper that converts events, asked on first use
	 */
	public SlackMessageHandlerMethodFactory(ListableBeanFactory beanFactory, Supplier<JsonMapper> jsonMapper) {
		this.resolvers.addResolvers(new SlackPatternGroupArgumentResolver(), new SlackEventArgumentResolver(),
				new SlackEventContextArgumentResolver(), new SlackEventBodyArgumentResolver(jsonMapper),
				new SlackBeanArgumentResolver(beanFactory), new SlackEventModelArgumentResolver(jsonMapper));
		setArgumentResolvers(this.resolvers.getResolvers());
		afterPropertiesSet();
	}

	/**
	 * Returns the argument resolvers, in the order they are asked.
	 * @return the resolvers
	 */
	public List<HandlerMethodArgumentResolver> getArgumentResolvers() {
		return this.resolvers.getResolvers();
	}

	/**
	 * Tells whether a parameter of a listener method can be resolved.
	 * @param parameter the parameter
	 * @return whether a resolver supports it
	 */
	public boolean supportsParameter(MethodParameter parameter) {
		return this.resolvers.supportsParameter(parameter);
	}

	@Override
	public InvocableHandlerMethod createInvocableHandlerMethod(Object bean, Method method) {
		Method invocableMethod = AopUtils.selectInvocableMethod(method, bean.getClass());
		if (invocableMethod.equals(method)) {
			return super.createInvocableHandlerMethod(bean, method);
		}
		SlackInvocableHandlerMethod handlerMethod = new SlackInvocableHandlerMethod(bean, method, invocableMethod);
		handlerMethod.setMessageMethodArgumentResolvers(this.resolvers);
		return handlerMethod;
	}

}
