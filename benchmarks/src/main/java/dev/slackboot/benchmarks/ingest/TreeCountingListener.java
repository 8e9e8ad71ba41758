package dev.slackboot.benchmarks.ingest;

import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.SlackEvent;

/**
 * The listener of the slack-boot rows that do the floor's work: takes every {@code message} event as a
 * {@link SlackEvent} and reads its text from the event's JSON tree, as the floor does, with no typed binding.
 */
public class TreeCountingListener {

	private final EventCounter counter;

	/**
	 * Creates a listener.
	 * @param counter counts the events
	 */
	public TreeCountingListener(EventCounter counter) {
		this.counter = counter;
	}

	/**
	 * Counts a message.
	 * @param event the message
	 */
	@SlackEventListener("message")
	public void onMessage(SlackEvent event) {
		this.counter.count(event.event().path("text").asString(null));
	}

}
