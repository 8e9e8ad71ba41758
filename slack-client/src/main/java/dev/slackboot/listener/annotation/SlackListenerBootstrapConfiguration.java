package dev.slackboot.listener.annotation;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.web.SlackWebClient;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the listener infrastructure for {@link EnableSlackListeners}: the annotation post-processor, the
 * dispatcher and the endpoint registry, each under its well-known name unless a bean of that name is already
 * defined.
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

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		if (!registry.containsBeanDefinition(ANNOTATION_PROCESSOR_BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(SlackListenerAnnotationBeanPostProcessor.class);
			definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(ANNOTATION_PROCESSOR_BEAN_NAME, definition);
		}
		if (!registry.containsBeanDefinition(DISPATCHER_BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(SlackEventDispatcher.class);
			if (registry instanceof ListableBeanFactory beanFactory) {
				definition.setInstanceSupplier(() -> dispatcher(beanFactory));
			}
			registry.registerBeanDefinition(DISPATCHER_BEAN_NAME, definition);
		}
		if (!registry.containsBeanDefinition(ENDPOINT_REGISTRY_BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(SlackListenerEndpointRegistry.class);
			definition.getConstructorArgumentValues()
				.addIndexedArgumentValue(0, new RuntimeBeanReference(DISPATCHER_BEAN_NAME));
			registry.registerBeanDefinition(ENDPOINT_REGISTRY_BEAN_NAME, definition);
		}
	}

	private static SlackEventDispatcher dispatcher(ListableBeanFactory beanFactory) {
		SlackEventDispatcher dispatcher = new SlackEventDispatcher();
		beanFactory.getBeanProvider(SlackWebClient.class).ifUnique(dispatcher::setWebClient);
		return dispatcher;
	}

}
