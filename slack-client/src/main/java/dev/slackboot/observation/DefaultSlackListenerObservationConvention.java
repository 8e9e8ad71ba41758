package dev.slackboot.observation;

import java.util.Locale;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.observation.SlackListenerObservationDocumentation.HighCardinalityKeyNames;
import dev.slackboot.observation.SlackListenerObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * Default {@link SlackListenerObservationConvention}: observation {@code slack.listener}, tagged with the
 * listener ID, the event type, the transport and the outcome; the channel and the workspace go to the
 * high-cardinality keys (spans, not metrics).
 */
public class DefaultSlackListenerObservationConvention implements SlackListenerObservationConvention {

	/**
	 * The observation name, also the name of the timer it records.
	 */
	public static final String NAME = "slack.listener";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SlackListenerObservationContext context) {
		return "slack listener " + context.getEventContext().listenerId();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SlackListenerObservationContext context) {
		SlackEventContext event = context.getEventContext();
		return KeyValues.of(LowCardinalityKeyNames.LISTENER_ID.withValue(event.listenerId()),
				LowCardinalityKeyNames.EVENT_TYPE.withValue(event.type()),
				LowCardinalityKeyNames.TRANSPORT.withValue(event.transport().name().toLowerCase(Locale.ROOT)),
				LowCardinalityKeyNames.OUTCOME.withValue((context.getError() != null) ? "ERROR" : "SUCCESS"));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SlackListenerObservationContext context) {
		SlackEventContext event = context.getEventContext();
		KeyValues keyValues = KeyValues.empty();
		String channel = event.channel();
		if (channel != null) {
			keyValues = keyValues.and(HighCardinalityKeyNames.CHANNEL.withValue(channel));
		}
		String team = event.team();
		if (team != null) {
			keyValues = keyValues.and(HighCardinalityKeyNames.TEAM.withValue(team));
		}
		return keyValues;
	}

}
