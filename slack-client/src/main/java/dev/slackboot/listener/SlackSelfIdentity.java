package dev.slackboot.listener;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.auth.AuthTestResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Who the app is in a workspace: its bot user and bot IDs. The dispatcher uses it to ignore the app's own
 * events, so that a bot never answers itself. A transport sets it when it connects (RTM's {@code self}), or it
 * is read with {@code auth.test} through {@link #fetch(SlackWebClient)}.
 *
 * @param userId the bot user ID ({@code U...}), if known
 * @param botId the bot ID ({@code B...}), if known
 */
public record SlackSelfIdentity(@Nullable String userId, @Nullable String botId) {

	/**
	 * Returns the identity {@code auth.test} reported.
	 * @param response the answer of {@code auth.test} for the bot token
	 * @return the identity
	 */
	public static SlackSelfIdentity of(AuthTestResponse response) {
		return new SlackSelfIdentity(response.userId(), response.botId());
	}

	/**
	 * Calls {@code auth.test} and returns the identity of the client's token.
	 * @param webClient the client, with the bot token
	 * @return the identity
	 */
	public static Mono<SlackSelfIdentity> fetch(SlackWebClient webClient) {
		return webClient.auth().test().map(SlackSelfIdentity::of);
	}

	/**
	 * Tells whether the app itself caused the event (its bot user or its bot).
	 * @param event the event
	 * @return {@code true} for the app's own events
	 */
	public boolean isAuthorOf(SlackEvent event) {
		return (this.userId != null && this.userId.equals(event.user()))
				|| (this.botId != null && this.botId.equals(event.botId()));
	}

}
