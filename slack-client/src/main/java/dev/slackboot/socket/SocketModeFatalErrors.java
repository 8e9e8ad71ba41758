package dev.slackboot.socket;

import java.util.Map;

import dev.slackboot.web.SlackApiException;
import org.jspecify.annotations.Nullable;

/**
 * The failures to open a Socket Mode connection that reconnecting cannot fix, with what to do about each.
 */
final class SocketModeFatalErrors {

	private static final String CHECK_TOKEN = "check the app-level token ('slack.app-token', environment variable "
			+ "SLACK_APP_TOKEN, or SlackWebClient.builder().appToken(...))";

	private static final Map<String, String> ADVICE = Map.of(
			"invalid_auth", "Slack rejected the app-level token: " + CHECK_TOKEN
					+ "; it must be an app-level token (xapp-) with the connections:write scope",
			"not_authed", "No app-level token was sent: " + CHECK_TOKEN,
			"missing_args", "No app-level token was sent: " + CHECK_TOKEN,
			"account_inactive", "The app-level token belongs to a deactivated workspace or app: " + CHECK_TOKEN,
			"token_revoked", "The app-level token was revoked (the app was deleted or the token regenerated): "
					+ CHECK_TOKEN,
			"not_allowed_token_type", "apps.connections.open needs an app-level token (xapp-), not a bot or user "
					+ "token: " + CHECK_TOKEN,
			"missing_scope", "The app-level token lacks the connections:write scope: add it to the token under "
					+ "'Basic Information' in the app's settings",
			"forbidden_team", "The workspace cannot use Socket Mode (forbidden_team)");

	private static final String NO_APP_TOKEN = "needs an app-level token";

	private SocketModeFatalErrors() {
	}

	/**
	 * Returns what to do about a failure that reconnecting cannot fix.
	 * @param failure why opening a connection failed
	 * @return the advice, or {@code null} when reconnecting may help
	 */
	static @Nullable String advice(Throwable failure) {
		if (failure instanceof SlackApiException ex && ex.getError() != null) {
			return ADVICE.get(ex.getError());
		}
		if (failure instanceof IllegalStateException && failure.getMessage() != null
				&& failure.getMessage().contains(NO_APP_TOKEN)) {
			return "The Web API client has no app-level token: " + CHECK_TOKEN;
		}
		return null;
	}

}
