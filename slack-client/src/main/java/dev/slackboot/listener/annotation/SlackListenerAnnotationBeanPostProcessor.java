package dev.slackboot.listener.annotation;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;

import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.SlackListenerConfigurer;
import dev.slackboot.listener.SlackListenerEndpointRegistrar;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.support.MethodSlackListenerEndpoint;
import dev.slackboot.listener.support.SlackMessageHandlerMethodFactory;
import dev.slackboot.listener.support.SpelSlackEventCondition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aop.framework.AopInfrastructureBean;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.expression.ParseException;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Finds {@link SlackEventListener @SlackEventListener} methods on beans and registers a
 * {@link MethodSlackListenerEndpoint} for each (each repeated annotation is one endpoint).
 *
 * <p>
 * Methods are found on the target class of each bean ({@link AopUtils#getTargetClass(Object)}) and invoked
 * through the bean as the context exposes it, so AOP advice applies; behind a JDK proxy the method must be
 * declared by one of its interfaces (otherwise proxy the bean with CGLIB). Lazy singletons that have not been
 * created when the context has started get their listeners too; such a bean is created on its first event.
 *
 * <p>
 * Endpoints are collected and registered once every singleton exists ({@link #afterSingletonsInstantiated()}),
 * after the {@link SlackListenerConfigurer} beans ran (their registrar already holds the endpoint registry, so
 * they may configure its dispatcher); that is when a listener that cannot be served fails the startup.
 */
public class SlackListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, Ordered, BeanFactoryAware, SmartInitializingSingleton {

	private final SlackListenerEndpointRegistrar registrar = new SlackListenerEndpointRegistrar();

	private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

	private final Set<String> listenerBeanNames = ConcurrentHashMap.newKeySet();

	private final Set<String> listenerIds = ConcurrentHashMap.newKeySet();

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	private @Nullable SlackMessageHandlerMethodFactory handlerMethodFactory;

	private volatile boolean started;

	@Override
	public int getOrder() {
		return LOWEST_PRECEDENCE;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		Assert.isInstanceOf(ConfigurableListableBeanFactory.class, beanFactory,
				"@SlackEventListener needs a ConfigurableListableBeanFactory");
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof AopInfrastructureBean || bean instanceof FactoryBean
				|| this.listenerBeanNames.contains(beanName)) {
			return bean;
		}
		Map<Method, Set<SlackEventListener>> methods = findListenerMethods(AopUtils.getTargetClass(bean));
		if (!methods.isEmpty()) {
			this.listenerBeanNames.add(beanName);
			Supplier<Object> exposedBean = () -> exposedBean(bean, beanName);
			methods.forEach((method, listeners) -> listeners
				.forEach((listener) -> processListener(listener, method, exposedBean, beanName, this.started)));
		}
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ConfigurableListableBeanFactory beanFactory = beanFactory();
		processLazyBeans(beanFactory);
		this.registrar.setEndpointRegistry(endpointRegistry(beanFactory));
		beanFactory.getBeanProvider(SlackListenerConfigurer.class)
			.orderedStream()
			.forEach((configurer) -> configurer.configureSlackListeners(this.registrar));
		this.started = true;
		this.registrar.registerAllEndpoints();
	}

	private void processLazyBeans(ConfigurableListableBeanFactory beanFactory) {
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			if (this.listenerBeanNames.contains(beanName) || beanFactory.containsSingleton(beanName)
					|| ScopedProxyUtils.isScopedTarget(beanName)) {
				continue;
			}
			BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
			if (!definition.isLazyInit() || !definition.isSingleton() || definition.isAbstract()) {
				continue;
			}
			Class<?> type = AutoProxyUtils.determineTargetClass(beanFactory, beanName);
			if (type == null || FactoryBean.class.isAssignableFrom(type)) {
				continue;
			}
			Map<Method, Set<SlackEventListener>> methods = findListenerMethods(ClassUtils.getUserClass(type));
			if (!methods.isEmpty()) {
				this.listenerBeanNames.add(beanName);
				Supplier<Object> lazyBean = SingletonSupplier.of(() -> beanFactory.getBean(beanName));
				methods.forEach((method, listeners) -> listeners
					.forEach((listener) -> processListener(listener, method, lazyBean, beanName, true)));
			}
		}
	}

	private Map<Method, Set<SlackEventListener>> findListenerMethods(Class<?> targetClass) {
		if (this.nonAnnotatedClasses.contains(targetClass)
				|| !AnnotationUtils.isCandidateClass(targetClass, SlackEventListener.class)) {
			return Map.of();
		}
		Map<Method, Set<SlackEventListener>> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Set<SlackEventListener>>) (method) -> {
					Set<SlackEventListener> listeners = AnnotatedElementUtils.findMergedRepeatableAnnotations(method,
							SlackEventListener.class, SlackEventListeners.class);
					return listeners.isEmpty() ? null : listeners;
				});
		if (methods.isEmpty()) {
			this.nonAnnotatedClasses.add(targetClass);
		}
		return methods;
	}

	private void processListener(SlackEventListener listener, Method method, Supplier<Object> bean, String beanName,
			boolean lazyBean) {
		MethodSlackListenerEndpoint endpoint = new MethodSlackListenerEndpoint(bean, beanName, method,
				handlerMethodFactory());
		endpoint.setId(listenerId(listener, method, beanName));
		endpoint.setSelector(selector(listener, method, beanName));
		endpoint.setIgnoreSelf(listener.ignoreSelf());
		endpoint.setLazyBean(lazyBean);
		String errorHandler = resolve(listener.errorHandler());
		if (StringUtils.hasText(errorHandler)) {
			endpoint.setErrorHandler(errorHandler(errorHandler, method, beanName));
		}
		this.registrar.registerEndpoint(endpoint);
	}

	private String listenerId(SlackEventListener listener, Method method, String beanName) {
		String id = resolve(listener.id());
		if (StringUtils.hasText(id)) {
			return id;
		}
		String base = beanName + "." + method.getName();
		String candidate = base;
		for (int index = 1; !this.listenerIds.add(candidate); index++) {
			candidate = base + "#" + index;
		}
		return candidate;
	}

	private SlackEventSelector selector(SlackEventListener listener, Method method, String beanName) {
		SlackEventSelector.Builder selector = SlackEventSelector.builder()
			.types(resolve(listener.value()))
			.subtypes(resolve(listener.subtype()))
			.channels(resolve(listener.channel()));
		try {
			selector.pattern(resolve(listener.pattern()));
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException("Invalid pattern of @SlackEventListener method " + describe(method, beanName)
					+ ": " + ex.getMessage(), ex);
		}
		if (StringUtils.hasText(listener.condition())) {
			try {
				selector.condition(new SpelSlackEventCondition(listener.condition(), beanFactory()));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Invalid condition of @SlackEventListener method "
						+ describe(method, beanName) + ": " + ex.getMessage(), ex);
			}
		}
		return selector.build();
	}

	private SlackListenerErrorHandler errorHandler(String name, Method method, String beanName) {
		ConfigurableListableBeanFactory beanFactory = beanFactory();
		if (!beanFactory.containsBean(name)) {
			throw new IllegalStateException("No SlackListenerErrorHandler bean named '" + name
					+ "' for @SlackEventListener method " + describe(method, beanName));
		}
		return beanFactory.getBean(name, SlackListenerErrorHandler.class);
	}

	private Object exposedBean(Object bean, String beanName) {
		ConfigurableListableBeanFactory beanFactory = beanFactory();
		Object singleton = beanFactory.containsSingleton(beanName) ? beanFactory.getSingleton(beanName) : null;
		return (singleton != null && !(singleton instanceof FactoryBean)) ? singleton : bean;
	}

	private SlackMessageHandlerMethodFactory handlerMethodFactory() {
		if (this.handlerMethodFactory == null) {
			ConfigurableListableBeanFactory beanFactory = beanFactory();
			Supplier<JsonMapper> jsonMapper = SingletonSupplier.of(() -> beanFactory.getBeanProvider(JsonMapper.class)
				.getIfUnique(() -> JsonMapper.builder().build()));
			this.handlerMethodFactory = new SlackMessageHandlerMethodFactory(beanFactory, jsonMapper);
		}
		return this.handlerMethodFactory;
	}

	private SlackListenerEndpointRegistry endpointRegistry(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.containsBean(SlackListenerBootstrapConfiguration.ENDPOINT_REGISTRY_BEAN_NAME)) {
			return beanFactory.getBean(SlackListenerBootstrapConfiguration.ENDPOINT_REGISTRY_BEAN_NAME,
					SlackListenerEndpointRegistry.class);
		}
		return beanFactory.getBean(SlackListenerEndpointRegistry.class);
	}

	private String[] resolve(String[] values) {
		return Arrays.stream(values).map(this::resolve).toArray(String[]::new);
	}

	private String resolve(String value) {
		String resolved = beanFactory().resolveEmbeddedValue(value);
		return (resolved != null) ? resolved : value;
	}

	private ConfigurableListableBeanFactory beanFactory() {
		Assert.state(this.beanFactory != null, "No BeanFactory set");
		return this.beanFactory;
	}

	private static String describe(Method method, String beanName) {
		return "'" + method.getName() + "' of bean '" + beanName + "'";
	}

}
