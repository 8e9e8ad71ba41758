package dev.slackboot.observation;

import dev.slackboot.listener.SlackEventContext;
import io.micrometer.observation.Observation;

/**
 * Context of the observation of one Slack listener invocation; the failure, if any, is its
 * {@link #getError() error}.
 */
public class SlackListenerObservationContext extends Observation.Context {

	private final SlackEventContext eventContext;

	/**
	 * Creates a context.
	 * @param eventContext the event and the listener that receives it
	 */
	public SlackListenerObservationContext(SlackEventContext eventContext) {
		this.eventContext = eventContext;
	}

	/**
	 * Returns the event and the listener that receives it.
	 * @return the event context
	 */
	public SlackEventContext getEventContext() {
		return this.eventContext;
	}

}
