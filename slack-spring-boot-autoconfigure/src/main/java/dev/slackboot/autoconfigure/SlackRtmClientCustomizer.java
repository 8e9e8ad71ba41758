package dev.slackboot.autoconfigure;

import dev.slackboot.rtm.SlackRtmClient;

/**
 * Customizes the auto-configured {@link SlackRtmClient} before it is built, e.g. to open the WebSocket through
 * a proxy with {@link SlackRtmClient.Builder#httpClient(reactor.netty.http.client.HttpClient)}.
 */
@FunctionalInterface
public interface SlackRtmClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from the properties, with the listener dispatcher as its
	 * event handler
	 */
	void customize(SlackRtmClient.Builder builder);

}
