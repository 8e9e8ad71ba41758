package dev.slackboot.autoconfigure;

import dev.slackboot.web.SlackWebClient;

/**
 * Customizes the auto-configured {@link SlackWebClient} before it is built.
 */
@FunctionalInterface
public interface SlackWebClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(SlackWebClient.Builder builder);

}
