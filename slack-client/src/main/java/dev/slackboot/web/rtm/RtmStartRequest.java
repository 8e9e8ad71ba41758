package dev.slackboot.web.rtm;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code rtm.start} (deprecated by Slack in favour of {@code rtm.connect}). All are optional.
 */
public final class RtmStartRequest extends SlackRequest<RtmStartRequest> {

	/**
	 * Creates an empty request.
	 */
	public RtmStartRequest() {
		super();
	}

	/**
	 * Batches presence deliveries via subscription; changes the shape of {@code presence_change} events.
	 * @param batchPresenceAware whether to batch presence deliveries
	 * @return this request
	 */
	public RtmStartRequest batchPresenceAware(@Nullable Boolean batchPresenceAware) {
		return param("batch_presence_aware", batchPresenceAware);
	}

	/**
	 * Only delivers presence events when requested by subscription.
	 * @param presenceSub whether presence events need a subscription
	 * @return this request
	 */
	public RtmStartRequest presenceSub(@Nullable Boolean presenceSub) {
		return param("presence_sub", presenceSub);
	}

	/**
	 * Returns only the timestamp of the latest message of each channel.
	 * @param simpleLatest whether to shorten the latest messages
	 * @return this request
	 */
	public RtmStartRequest simpleLatest(@Nullable Boolean simpleLatest) {
		return param("simple_latest", simpleLatest);
	}

	/**
	 * Skips unread counts for each channel.
	 * @param noUnreads whether to skip unread counts
	 * @return this request
	 */
	public RtmStartRequest noUnreads(@Nullable Boolean noUnreads) {
		return param("no_unreads", noUnreads);
	}

	/**
	 * Returns multiparty direct messages in the answer.
	 * @param mpimAware whether to return MPIMs
	 * @return this request
	 */
	public RtmStartRequest mpimAware(@Nullable Boolean mpimAware) {
		return param("mpim_aware", mpimAware);
	}

	/**
	 * Excludes the latest timestamps of conversations (and implies {@code no_unreads}).
	 * @param noLatest whether to exclude latest timestamps
	 * @return this request
	 */
	public RtmStartRequest noLatest(@Nullable Boolean noLatest) {
		return param("no_latest", noLatest);
	}

	/**
	 * Returns the locale of users and channels.
	 * @param includeLocale whether to include locales
	 * @return this request
	 */
	public RtmStartRequest includeLocale(@Nullable Boolean includeLocale) {
		return param("include_locale", includeLocale);
	}

}
