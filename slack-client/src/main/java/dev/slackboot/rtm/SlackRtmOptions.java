package dev.slackboot.rtm;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How a {@link SlackRtmClient} connects, keeps its connection alive, reconnects and paces what it sends.
 *
 * @param connectMethod the Web API method that opens a session
 * @param pingInterval how often a ping is sent; a connection without a pong for three intervals is dead
 * @param reconnectInitialBackoff the shortest wait before reconnecting
 * @param reconnectMaxBackoff the longest wait before reconnecting
 * @param reconnectStablePeriod how long a connection must stay up before the backoff starts again from
 * {@code reconnectInitialBackoff}
 * @param sendInterval the shortest time between two messages sent with {@link SlackRtmClient#send}; Slack
 * allows one message per second
 */
public record SlackRtmOptions(RtmConnectMethod connectMethod, Duration pingInterval,
		Duration reconnectInitialBackoff, Duration reconnectMaxBackoff, Duration reconnectStablePeriod,
		Duration sendInterval) {

	private static final SlackRtmOptions DEFAULTS = new SlackRtmOptions(RtmConnectMethod.CONNECT,
			Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(1),
			Duration.ofSeconds(1));

	public SlackRtmOptions {
		Assert.notNull(connectMethod, "connectMethod must not be null");
		Assert.isTrue(isPositive(pingInterval), "pingInterval must be positive");
		Assert.isTrue(isPositive(reconnectInitialBackoff), "reconnectInitialBackoff must be positive");
		Assert.isTrue(reconnectMaxBackoff != null && reconnectMaxBackoff.compareTo(reconnectInitialBackoff) >= 0,
				"reconnectMaxBackoff must not be less than reconnectInitialBackoff");
		Assert.isTrue(reconnectStablePeriod != null && !reconnectStablePeriod.isNegative(),
				"reconnectStablePeriod must not be negative");
		Assert.isTrue(sendInterval != null && !sendInterval.isNegative(), "sendInterval must not be negative");
	}

	/**
	 * Returns the defaults: {@code rtm.connect}, a ping every 30 seconds, reconnect backoff from 1 second to 5
	 * minutes reset after a connection stayed up for 1 minute, one message per second.
	 * @return the default options
	 */
	public static SlackRtmOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns a builder starting from the {@linkplain #defaults() defaults}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(DEFAULTS);
	}

	/**
	 * Returns a builder starting from these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	private static boolean isPositive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

	/**
	 * Builds {@link SlackRtmOptions}.
	 */
	public static final class Builder {

		private RtmConnectMethod connectMethod;

		private Duration pingInterval;

		private Duration reconnectInitialBackoff;

		private Duration reconnectMaxBackoff;

		private Duration reconnectStablePeriod;

		private Duration sendInterval;

		private Builder(SlackRtmOptions options) {
			this.connectMethod = options.connectMethod();
			this.pingInterval = options.pingInterval();
			this.reconnectInitialBackoff = options.reconnectInitialBackoff();
			this.reconnectMaxBackoff = options.reconnectMaxBackoff();
			this.reconnectStablePeriod = options.reconnectStablePeriod();
			this.sendInterval = options.sendInterval();
		}

		/**
		 * Sets the Web API method that opens a session, {@code rtm.connect} by default.
		 * @param connectMethod the method
		 * @return this builder
		 */
		public Builder connectMethod(RtmConnectMethod connectMethod) {
			this.connectMethod = connectMethod;
			return this;
		}

		/**
		 * Sets how often a ping is sent, 30 seconds by default.
		 * @param pingInterval the interval
		 * @return this builder
		 */
		public Builder pingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
			return this;
		}

		/**
		 * Sets the shortest and longest wait before reconnecting, 1 second and 5 minutes by default.
		 * @param initial the shortest wait
		 * @param max the longest wait
		 * @return this builder
		 */
		public Builder reconnectBackoff(Duration initial, Duration max) {
			this.reconnectInitialBackoff = initial;
			this.reconnectMaxBackoff = max;
			return this;
		}

		/**
		 * Sets how long a connection must stay up before the backoff is reset, 1 minute by default.
		 * @param reconnectStablePeriod the period
		 * @return this builder
		 */
		public Builder reconnectStablePeriod(Duration reconnectStablePeriod) {
			this.reconnectStablePeriod = reconnectStablePeriod;
			return this;
		}

		/**
		 * Sets the shortest time between two messages, 1 second by default (Slack's limit).
		 * @param sendInterval the interval; zero sends without pacing
		 * @return this builder
		 */
		public Builder sendInterval(Duration sendInterval) {
			this.sendInterval = sendInterval;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public SlackRtmOptions build() {
			return new SlackRtmOptions(this.connectMethod, this.pingInterval, this.reconnectInitialBackoff,
					this.reconnectMaxBackoff, this.reconnectStablePeriod, this.sendInterval);
		}

	}

}
