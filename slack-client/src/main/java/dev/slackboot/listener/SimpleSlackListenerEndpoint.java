package dev.slackboot.listener;

import org.springframework.util.Assert;

/**
 * A {@link SlackListenerEndpoint} for a given {@link SlackListener}, for programmatic registration.
 */
public class SimpleSlackListenerEndpoint extends AbstractSlackListenerEndpoint {

	private final SlackListener listener;

	/**
	 * Creates an endpoint.
	 * @param id the listener ID
	 * @param selector which events the listener receives
	 * @param listener the listener
	 */
	public SimpleSlackListenerEndpoint(String id, SlackEventSelector selector, SlackListener listener) {
		Assert.notNull(listener, "listener must not be null");
		setId(id);
		setSelector(selector);
		this.listener = listener;
	}

	@Override
	public SlackListener createListener() {
		return this.listener;
	}

}
