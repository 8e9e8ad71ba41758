package dev.slackboot.rtm;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How one attempt to connect, and the connection it opened, ended.
 *
 * @param reason why it ended
 * @param failure the failure, if it ended with one
 * @param connectedFor how long the connection was open, zero when none opened
 */
record RtmOutcome(Reason reason, @Nullable Throwable failure, Duration connectedFor) {

	static RtmOutcome notConnected(Throwable failure) {
		return new RtmOutcome(Reason.NOT_CONNECTED, failure, Duration.ZERO);
	}

	static RtmOutcome stopped() {
		return new RtmOutcome(Reason.STOPPED, null, Duration.ZERO);
	}

	/**
	 * Why an attempt ended.
	 */
	enum Reason {

		/**
		 * No connection opened: the connect call or the WebSocket handshake failed.
		 */
		NOT_CONNECTED,

		/**
		 * The server closed the connection, or the network broke it.
		 */
		DROPPED,

		/**
		 * Slack said {@code goodbye}.
		 */
		GOODBYE,

		/**
		 * Slack did not answer pings.
		 */
		DEAD,

		/**
		 * The client was stopped.
		 */
		STOPPED

	}

}
