package dev.slackboot.autoconfigure;

import java.lang.reflect.Method;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Matches when the Events API endpoint has a signing secret to verify requests with, or is asked for:
 * <ul>
 * <li>{@code slack.signing-secret} (or the {@code SLACK_SIGNING_SECRET} environment variable) is set;</li>
 * <li>{@code slack.events.enabled} is explicitly {@code true} (the startup then fails without a secret, naming
 * the property);</li>
 * <li>a {@link SlackConnectionDetails} bean is declared with a type that provides a signing secret (it
 * overrides {@link SlackConnectionDetails#signingSecret()}), e.g. the emulator's.</li>
 * </ul>
 * Reads bean definitions only: no bean is created.
 */
final class OnSlackSigningSecretCondition extends SpringBootCondition implements ConfigurationCondition {

	static final String SIGNING_SECRET_PROPERTY = "slack.signing-secret";

	static final String ENABLED_PROPERTY = "slack.events.enabled";

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Slack signing secret");
		if (StringUtils.hasText(context.getEnvironment().getProperty(SIGNING_SECRET_PROPERTY))) {
			return ConditionOutcome.match(message.found("property").items(SIGNING_SECRET_PROPERTY));
		}
		if (Binder.get(context.getEnvironment()).bind(ENABLED_PROPERTY, Boolean.class).orElse(false)) {
			return ConditionOutcome.match(message.because(ENABLED_PROPERTY + " is true"));
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null) {
			for (String name : beanFactory.getBeanNamesForType(SlackConnectionDetails.class, true, false)) {
				Class<?> type = beanFactory.getType(name, false);
				if (type != null && providesSigningSecret(type)) {
					return ConditionOutcome.match(message.found("connection details with a signing secret")
						.items(name));
				}
			}
		}
		return ConditionOutcome.noMatch(message.didNotFind("property").items(SIGNING_SECRET_PROPERTY));
	}

	private static boolean providesSigningSecret(Class<?> type) {
		if (PropertiesSlackConnectionDetails.class.isAssignableFrom(type)) {
			return false;
		}
		Method signingSecret = ReflectionUtils.findMethod(type, "signingSecret");
		return signingSecret != null && signingSecret.getDeclaringClass() != SlackConnectionDetails.class;
	}

}
