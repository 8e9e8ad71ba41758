package dev.slackboot.autoconfigure.observation;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerInterceptor;
import dev.slackboot.observation.ObservationSlackListenerInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Puts an {@link ObservationSlackListenerInterceptor} in front of the interceptor of every
 * {@link SlackEventDispatcher} bean once the singletons are created, before the dispatchers start.
 */
final class SlackListenerObservationInitializer implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SlackListenerObservationInitializer.class);

	private final ObjectProvider<SlackEventDispatcher> dispatchers;

	private final SlackListenerInterceptor observation;

	SlackListenerObservationInitializer(ObjectProvider<SlackEventDispatcher> dispatchers,
			ObservationSlackListenerInterceptor observation) {
		this.dispatchers = dispatchers;
		this.observation = observation;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.dispatchers.orderedStream().forEach(this::observe);
	}

	private void observe(SlackEventDispatcher dispatcher) {
		SlackListenerInterceptor existing = dispatcher.getInterceptor();
		try {
			dispatcher.setInterceptor((context, invocation) -> this.observation.intercept(context,
					existing.intercept(context, invocation)));
		}
		catch (IllegalStateException ex) {
			logger.warn("Slack listener invocations of " + dispatcher + " are not observed: " + ex.getMessage());
		}
	}

}
