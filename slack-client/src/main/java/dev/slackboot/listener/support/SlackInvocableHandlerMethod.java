package dev.slackboot.listener.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;

import org.jspecify.annotations.Nullable;

import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.ReflectionUtils;

/**
 * Resolves arguments from a target class's method and invokes the matching method of the proxy (JDK proxies
 * only expose their interfaces' methods).
 */
final class SlackInvocableHandlerMethod extends InvocableHandlerMethod {

	private final Method invocableMethod;

	SlackInvocableHandlerMethod(Object bean, Method method, Method invocableMethod) {
		super(bean, method);
		this.invocableMethod = invocableMethod;
		ReflectionUtils.makeAccessible(invocableMethod);
	}

	@Override
	protected @Nullable Object doInvoke(@Nullable Object... args) throws Exception {
		try {
			return this.invocableMethod.invoke(getBean(), args);
		}
		catch (InvocationTargetException ex) {
			Throwable target = ex.getTargetException();
			if (target instanceof Exception exception) {
				throw exception;
			}
			if (target instanceof Error error) {
				throw error;
			}
			throw new UndeclaredThrowableException(target);
		}
	}

}
