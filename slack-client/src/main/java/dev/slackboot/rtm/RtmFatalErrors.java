package dev.slackboot.rtm;

import java.util.Map;

import dev.slackboot.web.SlackApiException;
import org.jspecify.annotations.Nullable;

/**
 * The errors of {@code rtm.connect} that reconnecting cannot fix, with what to do about each.
 */
final class RtmFatalErrors {

	private static final String CHECK_TOKEN = "check the bot token "
			+ "('slack.token' or SlackWebClient.builder().token(...))";

	private static final Map<String, String> ADVICE = Map.of(
			"invalid_auth", "Slack rejected the token: " + CHECK_TOKEN + "; it must be a bot token (xoxb-) of the app",
			"not_authed", "No token was sent: " + CHECK_TOKEN,
			"account_inactive",
			"The token belongs to a deleted user or a deactivated workspace: reinstall the app and "
					+ CHECK_TOKEN,
			"token_revoked",
			"The token was revoked (the app was uninstalled or the token rotated): reinstall the app and "
					+ CHECK_TOKEN,
			"not_allowed_token_type",
			"This token cannot open RTM connections: RTM needs the bot token (xoxb-) of a classic Slack app; "
					+ "apps created since 2021 cannot use RTM, so use Socket Mode instead "
					+ "('slack.socket-mode.enabled' with an app-level token in 'slack.app-token')",
			"method_deprecated",
			"Slack no longer serves rtm.start to this app: set 'slack.rtm.connect-method' to 'rtm.connect' "
					+ "(RtmConnectMethod.CONNECT)");

	private RtmFatalErrors() {
	}

	/**
	 * Returns what to do about a failure that reconnecting cannot fix.
	 * @param failure why connecting failed
	 * @return the advice, or {@code null} when reconnecting may help
	 */
	static @Nullable String advice(Throwable failure) {
		if (failure instanceof SlackApiException ex && ex.getError() != null) {
			return ADVICE.get(ex.getError());
		}
		return null;
	}

}
