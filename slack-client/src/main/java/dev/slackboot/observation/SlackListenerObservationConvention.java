package dev.slackboot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for Slack listener invocations.
 */
public interface SlackListenerObservationConvention extends ObservationConvention<SlackListenerObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SlackListenerObservationContext;
	}

}
