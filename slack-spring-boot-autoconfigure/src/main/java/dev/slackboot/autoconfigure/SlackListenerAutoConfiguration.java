package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.List;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.SlackListenerInterceptor;
import dev.slackboot.listener.annotation.EnableSlackListeners;
import dev.slackboot.listener.annotation.SlackListenerBootstrapConfiguration;
import dev.slackboot.web.SlackWebClient;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for {@link dev.slackboot.listener.annotation.SlackEventListener @SlackEventListener} methods:
 * the {@link SlackEventDispatcher} configured from the {@code slack.listener.*} properties, the
 * {@link SlackListenerEndpointRegistry} that runs it in the application's lifecycle, and the annotation
 * post-processor. An application that also declares {@link EnableSlackListeners @EnableSlackListeners} gets the
 * same beans, configured the same way.
 *
 * <p>
 * The dispatcher replies with the application's {@link SlackWebClient}; its global error handler is the
 * {@link SlackListenerErrorHandler} bean when there is exactly one (or a primary one), and the
 * {@link SlackListenerInterceptor} beans wrap every invocation, the first in order outermost. On shutdown the
 * registry lets the accepted events be delivered for up to {@code spring.lifecycle.timeout-per-shutdown-phase}.
 */
@AutoConfiguration(after = SlackWebClientAutoConfiguration.class)
@ConditionalOnClass(SlackEventDispatcher.class)
@EnableConfigurationProperties(SlackProperties.class)
public final class SlackListenerAutoConfiguration {

	private static final String SHUTDOWN_TIMEOUT_PROPERTY = "spring.lifecycle.timeout-per-shutdown-phase";

	private static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

	@Bean(name = SlackListenerBootstrapConfiguration.DISPATCHER_BEAN_NAME)
	@ConditionalOnMissingBean
	SlackEventDispatcher slackEventDispatcher(SlackProperties properties, ObjectProvider<SlackWebClient> webClient,
			ObjectProvider<SlackListenerErrorHandler> errorHandler,
			ObjectProvider<SlackListenerInterceptor> interceptors) {
		SlackProperties.Listener listener = properties.getListener();
		SlackEventDispatcher dispatcher = new SlackEventDispatcher();
		dispatcher.setConcurrency(listener.getConcurrency());
		dispatcher.setQueueCapacity(listener.getQueueCapacity());
		dispatcher.setReplyMode(listener.getReplyMode());
		dispatcher.setDeduplicationTtl(listener.getDeduplicationTtl());
		webClient.ifUnique(dispatcher::setWebClient);
		errorHandler.ifUnique(dispatcher::setErrorHandler);
		List<SlackListenerInterceptor> ordered = interceptors.orderedStream().toList();
		if (!ordered.isEmpty()) {
			dispatcher.setInterceptor((context, invocation) -> intercept(ordered, context, invocation));
		}
		return dispatcher;
	}

	@Bean(name = SlackListenerBootstrapConfiguration.ENDPOINT_REGISTRY_BEAN_NAME)
	@ConditionalOnMissingBean
	SlackListenerEndpointRegistry slackListenerEndpointRegistry(SlackEventDispatcher dispatcher,
			SlackProperties properties, Environment environment) {
		SlackListenerEndpointRegistry registry = new SlackListenerEndpointRegistry(dispatcher);
		registry.setAutoStartup(properties.getListener().isAutoStartup());
		registry.setShutdownTimeout(Binder.get(environment)
			.bind(SHUTDOWN_TIMEOUT_PROPERTY, Duration.class)
			.orElse(DEFAULT_SHUTDOWN_TIMEOUT));
		return registry;
	}

	private static Mono<Void> intercept(List<SlackListenerInterceptor> interceptors, SlackEventContext context,
			Mono<Void> invocation) {
		Mono<Void> wrapped = invocation;
		for (int i = interceptors.size() - 1; i >= 0; i--) {
			wrapped = interceptors.get(i).intercept(context, wrapped);
		}
		return wrapped;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	@ConditionalOnMissingBean(name = SlackListenerBootstrapConfiguration.ANNOTATION_PROCESSOR_BEAN_NAME)
	static class EnableSlackListenersConfiguration {

	}

}
