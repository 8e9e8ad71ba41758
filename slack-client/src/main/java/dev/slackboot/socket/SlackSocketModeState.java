package dev.slackboot.socket;

/**
 * The state of a {@link SlackSocketModeClient}.
 */
public enum SlackSocketModeState {

	/**
	 * Not started, or stopped.
	 */
	STOPPED,

	/**
	 * Started and opening its first connection.
	 */
	CONNECTING,

	/**
	 * At least one connection is open; envelopes flow.
	 */
	CONNECTED,

	/**
	 * Every connection was lost; waiting for or opening the next one.
	 */
	RECONNECTING,

	/**
	 * Gave up because Slack refused the app-level token or disabled the app's Socket Mode link; does not
	 * reconnect until started again.
	 */
	FAILED

}
