package dev.slackboot.listener.annotation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.MessageEvent;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listener beans behind JDK and CGLIB proxies are invoked through the proxy, so advice applies; lazy listener
 * beans are created on their first event.
 */
class SlackEventListenerProxyTests {

	private AnnotationConfigApplicationContext context;

	private SlackEventDispatcher dispatcher;

	private Calls calls;

	@BeforeEach
	void start() {
		LazyListener.instances.set(0);
		this.context = new AnnotationConfigApplicationContext(Config.class);
		this.dispatcher = this.context.getBean(SlackEventDispatcher.class);
		this.calls = this.context.getBean(Calls.class);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void jdkProxiedListenerIsInvokedThroughTheProxy() {
		assertThat(AopUtils.isJdkDynamicProxy(this.context.getBean("jdkProxied"))).isTrue();
		this.dispatcher.handle(TestEvents.message("C1", "U1", "jdk hello")).block();
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(this.calls.received).containsExactly("jdk:jdk hello:hello");
		assertThat(this.calls.advised).containsExactly("jdkProxied.on");
	}

	@Test
	void cglibProxiedListenerIsInvokedThroughTheProxy() {
		assertThat(AopUtils.isCglibProxy(this.context.getBean("cglibProxied"))).isTrue();
		this.dispatcher.handle(TestEvents.message("C1", "U1", "cglib")).block();
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(this.calls.received).containsExactly("cglib:cglib");
		assertThat(this.calls.advised).containsExactly("cglibProxied.on");
	}

	@Test
	void lazyListenerBeanIsCreatedOnItsFirstEvent() {
		assertThat(this.context.getBeanFactory().containsSingleton("lazyListener")).isFalse();
		assertThat(this.context.getBean(SlackListenerEndpointRegistry.class).getListenerIds())
			.contains("lazyListener.on");
		this.dispatcher.handle(TestEvents.message("C1", "U1", "lazy")).block();
		this.dispatcher.handle(TestEvents.message("C1", "U1", "lazy")).block();
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(this.calls.received).containsExactly("lazy:lazy", "lazy:lazy");
		assertThat(LazyListener.instances).hasValue(1);
		assertThat(this.context.getBeanFactory().containsSingleton("lazyListener")).isTrue();
	}

	static class Calls {

		final List<String> received = new CopyOnWriteArrayList<>();

		final List<String> advised = new CopyOnWriteArrayList<>();

	}

	interface Greeter {

		void on(MessageEvent event, String word);

	}

	static class JdkProxiedListener implements Greeter {

		private final Calls calls;

		JdkProxiedListener(Calls calls) {
			this.calls = calls;
		}

		@Override
		@SlackEventListener(value = "message", pattern = "^jdk (?<word>\\w+)$")
		public void on(MessageEvent event, @SlackPatternGroup String word) {
			this.calls.received.add("jdk:" + event.text() + ":" + word);
		}

	}

	static class CglibProxiedListener {

		private final Calls calls;

		CglibProxiedListener(Calls calls) {
			this.calls = calls;
		}

		@SlackEventListener(value = "message", pattern = "^cglib$")
		public void on(MessageEvent event) {
			this.calls.received.add("cglib:" + event.text());
		}

	}

	static class LazyListener {

		static final AtomicInteger instances = new AtomicInteger();

		private final Calls calls;

		LazyListener(Calls calls) {
			instances.incrementAndGet();
			this.calls = calls;
		}

		@SlackEventListener(value = "message", pattern = "^lazy$")
		void on(MessageEvent event) {
			this.calls.received.add("lazy:" + event.text());
		}

	}

	/**
	 * Proxies two beans after the listener post-processor saw them (it is not ordered, so it runs later), as an
	 * AOP infrastructure that applies advice would.
	 */
	static class Proxying implements BeanPostProcessor {

		private final Calls calls;

		Proxying(Calls calls) {
			this.calls = calls;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!beanName.equals("jdkProxied") && !beanName.equals("cglibProxied")) {
				return bean;
			}
			ProxyFactory factory = new ProxyFactory(bean);
			factory.setProxyTargetClass(beanName.equals("cglibProxied"));
			factory.addAdvice((MethodInterceptor) (invocation) -> {
				this.calls.advised.add(beanName + "." + invocation.getMethod().getName());
				return invocation.proceed();
			});
			return factory.getProxy();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		static Calls calls() {
			return new Calls();
		}

		@Bean
		static Proxying proxying(Calls calls) {
			return new Proxying(calls);
		}

		@Bean
		Greeter jdkProxied(Calls calls) {
			return new JdkProxiedListener(calls);
		}

		@Bean
		CglibProxiedListener cglibProxied(Calls calls) {
			return new CglibProxiedListener(calls);
		}

		@Bean
		@Lazy
		LazyListener lazyListener(Calls calls) {
			return new LazyListener(calls);
		}

	}

}
