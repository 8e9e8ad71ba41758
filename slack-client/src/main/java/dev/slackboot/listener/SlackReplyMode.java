package dev.slackboot.listener;

/**
 * Where a listener's reply (a returned {@code String} or message, or {@link SlackEventContext#reply(String)})
 * is posted.
 */
public enum SlackReplyMode {

	/**
	 * Always to the event's channel, never in a thread.
	 */
	CHANNEL,

	/**
	 * In the thread when the event happened in a thread, otherwise to the channel. The default: a question
	 * asked in a thread is answered in that thread.
	 */
	FOLLOW_THREAD,

	/**
	 * Always in a thread: the event's thread, or a new thread on the event's message.
	 */
	THREAD

}
