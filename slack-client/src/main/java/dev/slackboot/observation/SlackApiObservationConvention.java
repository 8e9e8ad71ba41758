package dev.slackboot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for Slack Web API calls.
 */
public interface SlackApiObservationConvention extends ObservationConvention<SlackApiObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SlackApiObservationContext;
	}

}
