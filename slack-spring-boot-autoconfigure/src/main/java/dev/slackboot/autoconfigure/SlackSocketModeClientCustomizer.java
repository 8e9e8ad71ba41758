package dev.slackboot.autoconfigure;

import dev.slackboot.socket.SlackSocketModeClient;

/**
 * Customizes the auto-configured {@link SlackSocketModeClient} before it is built, e.g. to open the WebSockets
 * through a proxy with {@link SlackSocketModeClient.Builder#httpClient(reactor.netty.http.client.HttpClient)}.
 */
@FunctionalInterface
public interface SlackSocketModeClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from the properties, with the listener dispatcher as its
	 * event handler
	 */
	void customize(SlackSocketModeClient.Builder builder);

}
