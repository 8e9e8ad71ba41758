package dev.slackboot.observation;

import dev.slackboot.observation.SlackApiObservationDocumentation.LowCardinalityKeyNames;
import dev.slackboot.web.SlackApiException;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * Default {@link SlackApiObservationConvention}: observation {@code slack.api.calls}, tagged with the method,
 * the outcome and Slack's error code.
 */
public class DefaultSlackApiObservationConvention implements SlackApiObservationConvention {

	/**
	 * The observation name, also the name of the timer it records.
	 */
	public static final String NAME = "slack.api.calls";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SlackApiObservationContext context) {
		return "slack " + context.getMethod();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SlackApiObservationContext context) {
		SlackApiException failure = context.getFailure();
		return KeyValues.of(LowCardinalityKeyNames.METHOD.withValue(context.getMethod()),
				LowCardinalityKeyNames.OUTCOME.withValue(outcome(failure)),
				LowCardinalityKeyNames.ERROR.withValue(error(failure)));
	}

	private static String outcome(@Nullable SlackApiException failure) {
		if (failure == null) {
			return "SUCCESS";
		}
		if (failure.getHttpStatus() == 0) {
			return "IO_ERROR";
		}
		return (failure.getHttpStatus() >= 300) ? "HTTP_ERROR" : "SLACK_ERROR";
	}

	private static String error(@Nullable SlackApiException failure) {
		if (failure == null) {
			return "none";
		}
		if (failure.getError() != null) {
			return failure.getError();
		}
		return (failure.getHttpStatus() != 0) ? "http_" + failure.getHttpStatus() : "io";
	}

}
