package dev.slackboot.observation;

import dev.slackboot.web.SlackApiException;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Context of the observation of one Slack Web API call, retries included.
 */
public class SlackApiObservationContext extends Observation.Context {

	private final String method;

	private @Nullable SlackApiException failure;

	/**
	 * Creates a context.
	 * @param method the Slack method, e.g. {@code chat.postMessage}
	 */
	public SlackApiObservationContext(String method) {
		this.method = method;
	}

	/**
	 * Returns the Slack method called.
	 * @return the method name
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Returns how the call failed, if it did.
	 * @return the failure or {@code null}
	 */
	public @Nullable SlackApiException getFailure() {
		return this.failure;
	}

	/**
	 * Records how the call failed.
	 * @param failure the failure
	 */
	public void setFailure(@Nullable SlackApiException failure) {
		this.failure = failure;
	}

}
