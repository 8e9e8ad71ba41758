package dev.slackboot.web;

import java.util.Map;

import dev.slackboot.web.apps.AppsConnectionsOpenResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code apps.*} methods. They are called with the app-level token ({@code xapp-}), not the bot token.
 */
public final class AppsMethods {

	private final @Nullable SlackApiInvoker appApi;

	AppsMethods(SlackApiInvoker api, @Nullable String appToken) {
		this.appApi = (appToken != null && !appToken.isBlank()) ? api.withToken(appToken) : null;
	}

	/**
	 * Calls {@code apps.connections.open} with the app-level token: asks for the URL of a Socket Mode
	 * WebSocket.
	 * @return the answer; fails with {@link IllegalStateException} when the client has no app-level token
	 */
	public Mono<AppsConnectionsOpenResponse> connectionsOpen() {
		return Mono.defer(() -> appApi("apps.connections.open").invoke("apps.connections.open", Map.of(),
				AppsConnectionsOpenResponse.class));
	}

	private SlackApiInvoker appApi(String method) {
		if (this.appApi == null) {
			throw new IllegalStateException("Slack method " + method + " needs an app-level token (xapp-), but "
					+ "none is configured: set 'slack.app-token' (e.g. from the SLACK_APP_TOKEN environment "
					+ "variable) or call SlackWebClient.builder().appToken(...)");
		}
		return this.appApi;
	}

}
