package dev.slackboot.listener;

/**
 * A registered endpoint and the listener created from it.
 *
 * @param endpoint the endpoint
 * @param listener its listener
 */
record RegisteredListener(SlackListenerEndpoint endpoint, SlackListener listener) {

	String id() {
		return this.endpoint.getId();
	}

}
