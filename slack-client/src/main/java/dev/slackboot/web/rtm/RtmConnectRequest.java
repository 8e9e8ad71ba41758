package dev.slackboot.web.rtm;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code rtm.connect}. All are optional.
 */
public final class RtmConnectRequest extends SlackRequest<RtmConnectRequest> {

	/**
	 * Creates an empty request.
	 */
	public RtmConnectRequest() {
		super();
	}

	/**
	 * Batches presence deliveries via subscription; changes the shape of {@code presence_change} events.
	 * @param batchPresenceAware whether to batch presence deliveries
	 * @return this request
	 */
	public RtmConnectRequest batchPresenceAware(@Nullable Boolean batchPresenceAware) {
		return param("batch_presence_aware", batchPresenceAware);
	}

	/**
	 * Only delivers presence events when requested by subscription.
	 * @param presenceSub whether presence events need a subscription
	 * @return this request
	 */
	public RtmConnectRequest presenceSub(@Nullable Boolean presenceSub) {
		return param("presence_sub", presenceSub);
	}

}
