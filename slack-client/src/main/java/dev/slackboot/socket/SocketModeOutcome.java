package dev.slackboot.socket;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How a Socket Mode connection ended.
 *
 * @param reason why it ended
 * @param failure the failure, if it ended with one
 * @param connectedFor how long the connection was open
 */
record SocketModeOutcome(Reason reason, @Nullable Throwable failure, Duration connectedFor) {

	/**
	 * Why a connection ended.
	 */
	enum Reason {

		/**
		 * The server closed the connection, or the network broke it.
		 */
		DROPPED,

		/**
		 * Slack did not answer pings.
		 */
		DEAD,

		/**
		 * A new connection replaced it after Slack asked for a refresh.
		 */
		REPLACED,

		/**
		 * Slack said the app has too many connections ({@code too_many_websockets}).
		 */
		TOO_MANY_WEBSOCKETS,

		/**
		 * Slack disabled the app's Socket Mode ({@code link_disabled}).
		 */
		LINK_DISABLED,

		/**
		 * The client was stopped.
		 */
		STOPPED

	}

}
