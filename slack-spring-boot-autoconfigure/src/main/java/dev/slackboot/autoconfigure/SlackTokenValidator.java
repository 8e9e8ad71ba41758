package dev.slackboot.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks the tokens of {@link SlackConnectionDetails} before the clients are built, so that a missing or
 * misplaced token fails the startup with a clear report instead of an {@code invalid_auth} later.
 */
final class SlackTokenValidator {

	private static final List<String> BOT_OR_USER_PREFIXES = List.of("xoxb-", "xoxp-", "xoxe.", "xoxe-", "xoxa-");

	private SlackTokenValidator() {
	}

	/**
	 * Checks the bot or user token.
	 * @param token the token
	 * @return the token
	 * @throws InvalidSlackTokenException when it is missing, blank or of the wrong kind
	 */
	static String botToken(@Nullable String token) {
		String property = "slack.token";
		String action = "Set 'slack.token' (environment variable SLACK_TOKEN) to the Bot User OAuth Token of your "
				+ "Slack app (xoxb-...), found under 'OAuth & Permissions' in the app's settings.";
		if (token == null) {
			throw new InvalidSlackTokenException(property, "it is not set", action);
		}
		if (token.isBlank()) {
			throw new InvalidSlackTokenException(property, "it is blank", action);
		}
		if (!token.strip().equals(token) || token.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidSlackTokenException(property, "it contains white space",
					"Remove the white space around or inside the token, e.g. a trailing newline from a secret file.");
		}
		if (token.startsWith("xapp-")) {
			throw new InvalidSlackTokenException(property, "it is an app-level token (xapp-...)",
					"Move the app-level token to 'slack.app-token' (SLACK_APP_TOKEN) and set 'slack.token' to the "
							+ "bot token (xoxb-...).");
		}
		if (BOT_OR_USER_PREFIXES.stream().noneMatch(token::startsWith)) {
			throw new InvalidSlackTokenException(property, "it does not start with xoxb- or xoxp-", action);
		}
		return token;
	}

	/**
	 * Checks the app-level token, when one is set.
	 * @param token the token or {@code null}
	 * @return the token or {@code null}
	 * @throws InvalidSlackTokenException when it is blank or of the wrong kind
	 */
	static @Nullable String appToken(@Nullable String token) {
		if (token == null) {
			return null;
		}
		if (token.isBlank() || !token.startsWith("xapp-") || token.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidSlackTokenException("slack.app-token", "it is not an app-level token (xapp-...)",
					"Set 'slack.app-token' (environment variable SLACK_APP_TOKEN) to an app-level token with the "
							+ "connections:write scope, created under 'Basic Information' in the app's settings.");
		}
		return token;
	}

}
