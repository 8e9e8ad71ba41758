package dev.slackboot.listener.annotation;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.web.SlackWebClient;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the listener infrastructure for {@link EnableSlackListeners}: the annotation post-processor at
 * once, and the dispatcher and the endpoint registry once every configuration class was processed, each only
 * when the application defines none of its own. Deciding late lets beans that configuration classes processed
 * later define (such as Spring Boot's auto-configuration) take precedence over these defaults, whatever the
 * order of the classes.
 */
public class SlackListenerBootstrapConfiguration implements ImportBeanDefinitionRegistrar {

	/**
	 * The name of the {@link SlackListenerAnnotationBeanPostProcessor} bean.
	 */
	public static final String ANNOTATION_PROCESSOR_BEAN_NAME = "dev.slackboot.listener.annotation.internalSlackListenerAnnotationProcessor";

	/**
	 * The name of the {@link SlackEventDispatcher} bean.
	 */
	public static final String DISPATCHER_BEAN_NAME = "slackEventDispatcher";

	/**
	 * The name of the {@link SlackListenerEndpointRegistry} bean.
	 */
	public static final String ENDPOINT_REGISTRY_BEAN_NAME = "slackListenerEndpointRegistry";

	private static final String DEFAULTS_REGISTRAR_BEAN_NAME = "dev.slackboot.listener.annotation.internalSlackListenerDefaultsRegistrar";

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		if (!registry.containsBeanDefinition(ANNOTATION_PROCESSOR_BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(SlackListenerAnnotationBeanPostProcessor.class);
			definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(ANNOTATION_PROCESSOR_BEAN_NAME, definition);
		}
		if (!registry.containsBeanDefinition(DEFAULTS_REGISTRAR_BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(DefaultBeansRegistrar.class);
			definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(DEFAULTS_REGISTRAR_BEAN_NAME, definition);
		}
	}

	/**
	 * Registers the default dispatcher (named
	 * {@value SlackListenerBootstrapConfiguration#DISPATCHER_BEAN_NAME}, replying with the context's
	 * {@code SlackWebClient}, if there is exactly one) when no {@link SlackEventDispatcher} bean is defined, and
	 * the endpoint registry (named {@value SlackListenerBootstrapConfiguration#ENDPOINT_REGISTRY_BEAN_NAME}, on
	 * the application's dispatcher) when no {@link SlackListenerEndpointRegistry} bean is defined. Runs after the
	 * configuration classes were processed.
	 */
	static final class DefaultBeansRegistrar implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			if (!isDefined(registry, DISPATCHER_BEAN_NAME, SlackEventDispatcher.class)) {
				RootBeanDefinition definition = new RootBeanDefinition(SlackEventDispatcher.class);
				if (registry instanceof ListableBeanFactory beanFactory) {
					definition.setInstanceSupplier(() -> dispatcher(beanFactory));
				}
				registry.registerBeanDefinition(DISPATCHER_BEAN_NAME, definition);
			}
			if (!isDefined(registry, ENDPOINT_REGISTRY_BEAN_NAME, SlackListenerEndpointRegistry.class)) {
				RootBeanDefinition definition = new RootBeanDefinition(SlackListenerEndpointRegistry.class);
				if (registry.containsBeanDefinition(DISPATCHER_BEAN_NAME)) {
					definition.getConstructorArgumentValues()
						.addIndexedArgumentValue(0, new RuntimeBeanReference(DISPATCHER_BEAN_NAME));
				}
				else {
					definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
				}
				registry.registerBeanDefinition(ENDPOINT_REGISTRY_BEAN_NAME, definition);
			}
		}

		private static boolean isDefined(BeanDefinitionRegistry registry, String name, Class<?> type) {
			return registry.containsBeanDefinition(name) || (registry instanceof ListableBeanFactory beanFactory
					&& beanFactory.getBeanNamesForType(type, true, false).length > 0);
		}

		private static SlackEventDispatcher dispatcher(ListableBeanFactory beanFactory) {
			SlackEventDispatcher dispatcher = new SlackEventDispatcher();
			beanFactory.getBeanProvider(SlackWebClient.class).ifUnique(dispatcher::setWebClient);
			return dispatcher;
		}

	}

}
