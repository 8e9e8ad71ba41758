package dev.slackboot.rtm;

/**
 * The state of a {@link SlackRtmClient}.
 */
public enum SlackRtmState {

	/**
	 * Not started, or stopped.
	 */
	STOPPED,

	/**
	 * Started and opening its first connection.
	 */
	CONNECTING,

	/**
	 * Connected to Slack; events flow.
	 */
	CONNECTED,

	/**
	 * The connection was lost; waiting for or opening the next one.
	 */
	RECONNECTING,

	/**
	 * Gave up because Slack refused the token or the app; does not reconnect until started again.
	 */
	FAILED

}
