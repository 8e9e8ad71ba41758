package dev.slackboot.listener;

/**
 * Implemented by beans that register listeners programmatically or configure the listener infrastructure;
 * called once every singleton exists, before the listeners are registered:
 *
 * <pre class="code">
 * &#64;Bean
 * SlackListenerConfigurer greetings() {
 *     return (registrar) -&gt; registrar.register("member_joined_channel",
 *             (context) -&gt; context.say("Welcome, &lt;@" + context.user() + "&gt;!"));
 * }
 * </pre>
 */
@FunctionalInterface
public interface SlackListenerConfigurer {

	/**
	 * Registers listeners with, or configures, the registrar.
	 * @param registrar the registrar
	 */
	void configureSlackListeners(SlackListenerEndpointRegistrar registrar);

}
