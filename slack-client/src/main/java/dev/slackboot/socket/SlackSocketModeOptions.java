package dev.slackboot.socket;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How a {@link SlackSocketModeClient} connects, keeps its connections alive and reconnects.
 *
 * @param connections how many WebSockets to keep open, 1 to {@value #MAX_CONNECTIONS}; Slack spreads the
 * envelopes over them
 * @param pingInterval how often a WebSocket ping is sent; a connection that shows no sign of life for three
 * intervals is dead
 * @param reconnectInitialBackoff the shortest wait before reconnecting
 * @param reconnectMaxBackoff the longest wait before reconnecting
 * @param reconnectStablePeriod how long a connection must stay up before the backoff starts again from
 * {@code reconnectInitialBackoff}
 */
public record SlackSocketModeOptions(int connections, Duration pingInterval, Duration reconnectInitialBackoff,
		Duration reconnectMaxBackoff, Duration reconnectStablePeriod) {

	/**
	 * The largest number of connections Slack allows an app.
	 */
	public static final int MAX_CONNECTIONS = 10;

	private static final SlackSocketModeOptions DEFAULTS = new SlackSocketModeOptions(1, Duration.ofSeconds(30),
			Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(1));

	public SlackSocketModeOptions {
		Assert.isTrue(connections >= 1 && connections <= MAX_CONNECTIONS,
				() -> "connections must be between 1 and " + MAX_CONNECTIONS + ", not " + connections);
		Assert.isTrue(isPositive(pingInterval), "pingInterval must be positive");
		Assert.isTrue(isPositive(reconnectInitialBackoff), "reconnectInitialBackoff must be positive");
		Assert.isTrue(reconnectMaxBackoff != null && reconnectMaxBackoff.compareTo(reconnectInitialBackoff) >= 0,
				"reconnectMaxBackoff must not be less than reconnectInitialBackoff");
		Assert.isTrue(reconnectStablePeriod != null && !reconnectStablePeriod.isNegative(),
				"reconnectStablePeriod must not be negative");
	}

	/**
	 * Returns the defaults: one connection, a ping every 30 seconds, reconnect backoff from 1 second to 5 minutes
	 * reset after a connection stayed up for 1 minute.
	 * @return the default options
	 */
	public static SlackSocketModeOptions defaults() {
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
	 * Builds {@link SlackSocketModeOptions}.
	 */
	public static final class Builder {

		private int connections;

		private Duration pingInterval;

		private Duration reconnectInitialBackoff;

		private Duration reconnectMaxBackoff;

		private Duration reconnectStablePeriod;

		private Builder(SlackSocketModeOptions options) {
			this.connections = options.connections();
			this.pingInterval = options.pingInterval();
			this.reconnectInitialBackoff = options.reconnectInitialBackoff();
			this.reconnectMaxBackoff = options.reconnectMaxBackoff();
			this.reconnectStablePeriod = options.reconnectStablePeriod();
		}

		/**
		 * Sets how many WebSockets to keep open, 1 by default, at most {@value SlackSocketModeOptions#MAX_CONNECTIONS}.
		 * @param connections the number of connections
		 * @return this builder
		 */
		public Builder connections(int connections) {
			this.connections = connections;
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
		 * Builds the options.
		 * @return the options
		 */
		public SlackSocketModeOptions build() {
			return new SlackSocketModeOptions(this.connections, this.pingInterval, this.reconnectInitialBackoff,
					this.reconnectMaxBackoff, this.reconnectStablePeriod);
		}

	}

}
