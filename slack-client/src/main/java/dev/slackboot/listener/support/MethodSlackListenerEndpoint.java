package dev.slackboot.listener.support;

import java.lang.reflect.Method;
import java.util.function.Supplier;

import dev.slackboot.listener.AbstractSlackListenerEndpoint;
import dev.slackboot.listener.SlackListener;
import dev.slackboot.listener.SlackListenerResults;
import dev.slackboot.listener.annotation.SlackPatternGroup;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * A {@link dev.slackboot.listener.SlackListenerEndpoint} for a method of a bean, usually found through
 * {@code @SlackEventListener}. Creating its listener checks the method: every parameter must be supported by
 * an argument resolver, every {@link SlackPatternGroup} must name a group of the pattern, and the return type
 * must be one {@link SlackListenerResults} handles; otherwise it fails naming the bean, the method and the
 * parameter.
 */
public class MethodSlackListenerEndpoint extends AbstractSlackListenerEndpoint {

	private static final ParameterNameDiscoverer parameterNameDiscoverer = new DefaultParameterNameDiscoverer();

	private final Supplier<Object> bean;

	private final String beanName;

	private final Method method;

	private final SlackMessageHandlerMethodFactory handlerMethodFactory;

	private boolean lazyBean;

	/**
	 * Creates an endpoint.
	 * @param bean supplies the bean the method is invoked on (the proxy, if any)
	 * @param beanName the bean name, for messages
	 * @param method the listener method, as declared by the bean's (target) class
	 * @param handlerMethodFactory the factory that resolves the method's arguments
	 */
	public MethodSlackListenerEndpoint(Supplier<Object> bean, String beanName, Method method,
			SlackMessageHandlerMethodFactory handlerMethodFactory) {
		Assert.notNull(bean, "bean must not be null");
		Assert.notNull(method, "method must not be null");
		this.bean = bean;
		this.beanName = beanName;
		this.method = method;
		this.handlerMethodFactory = handlerMethodFactory;
	}

	/**
	 * Returns the listener method.
	 * @return the method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * Returns the name of the bean the method is invoked on.
	 * @return the bean name
	 */
	public String getBeanName() {
		return this.beanName;
	}

	/**
	 * Sets whether the bean is obtained on the first event rather than when the listener is created (for lazy
	 * beans); {@code false} by default.
	 * @param lazyBean whether to obtain the bean lazily
	 */
	public void setLazyBean(boolean lazyBean) {
		this.lazyBean = lazyBean;
	}

	@Override
	public SlackListener createListener() {
		for (int index = 0; index < this.method.getParameterCount(); index++) {
			checkParameter(new SynthesizingMethodParameter(this.method, index));
		}
		Class<?> returnType = this.method.getReturnType();
		if (!SlackListenerResults.isSupportedReturnType(returnType)) {
			throw new IllegalStateException("Cannot serve the return type " + returnType.getName()
					+ " of @SlackEventListener method " + describeMethod()
					+ ": return void, a String, a ChatPostMessageRequest, a Mono or a CompletionStage");
		}
		SingletonSupplier<InvocableHandlerMethod> handlerMethod = SingletonSupplier
			.of(() -> this.handlerMethodFactory.createInvocableHandlerMethod(this.bean.get(), this.method));
		if (!this.lazyBean) {
			handlerMethod.obtain();
		}
		return new MessagingSlackListenerAdapter(handlerMethod::obtain);
	}

	private void checkParameter(MethodParameter parameter) {
		parameter.initParameterNameDiscovery(parameterNameDiscoverer);
		if (parameter.hasParameterAnnotation(SlackPatternGroup.class)) {
			checkPatternGroup(parameter);
		}
		else if (!this.handlerMethodFactory.supportsParameter(parameter)) {
			throw parameterError(parameter, "no argument resolver supports its type. A listener takes the event "
					+ "(a typed event, record or POJO, JsonNode, Map, or String for its JSON), SlackEvent, "
					+ "SlackEventContext, @SlackPatternGroup Strings, and beans of the application context");
		}
	}

	private void checkPatternGroup(MethodParameter parameter) {
		if (parameter.getParameterType() != String.class) {
			throw parameterError(parameter, "a @SlackPatternGroup parameter must be a String");
		}
		String group = SlackPatternGroupArgumentResolver.groupName(parameter);
		if (group == null) {
			throw parameterError(parameter, "name the group, @SlackPatternGroup(\"name\"), or compile with -parameters");
		}
		if (!getSelector().getGroupNames().contains(group)) {
			throw parameterError(parameter, "the pattern '" + getSelector().getPattern()
					+ "' has no named group '" + group + "'; its groups are " + getSelector().getGroupNames());
		}
	}

	private IllegalStateException parameterError(MethodParameter parameter, String reason) {
		String name = parameter.getParameterName();
		return new IllegalStateException("Cannot serve parameter " + parameter.getParameterIndex() + " ("
				+ ClassUtils.getQualifiedName(parameter.getParameterType()) + ((name != null) ? " " + name : "")
				+ ") of @SlackEventListener method " + describeMethod() + ": " + reason);
	}

	private String describeMethod() {
		return "'" + this.method.getName() + "' of bean '" + this.beanName + "' (" + this.method.toGenericString()
				+ ")";
	}

}
