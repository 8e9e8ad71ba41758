package dev.slackboot.benchmarks.ingest;

import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;

/**
 * The listener of the slack-boot rows: takes every {@code message} event as a typed {@link MessageEvent}, as a
 * bot's listener does, and counts it.
 */
public class CountingListener {

	private final EventCounter counter;

	/**
	 * Creates a listener.
	 * @param counter counts the events
	 */
	public CountingListener(EventCounter counter) {
		this.counter = counter;
	}

	/**
	 * Counts a message.
	 * @param event the message
	 */
	@SlackEventListener("message")
	public void onMessage(MessageEvent event) {
		this.counter.count(event.text());
	}

}
