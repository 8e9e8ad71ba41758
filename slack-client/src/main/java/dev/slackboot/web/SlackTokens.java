package dev.slackboot.web;

import org.jspecify.annotations.Nullable;

/**
 * Masks Slack tokens and secrets for {@code toString}, logs and actuator output.
 */
public final class SlackTokens {

	private SlackTokens() {
	}

	/**
	 * Masks a token, keeping only its kind prefix: {@code xoxb-123-abc} becomes {@code xoxb-****}.
	 * @param token the token or secret
	 * @return the masked value, {@code "(none)"} when the token is {@code null} or empty
	 */
	public static String mask(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			return "(none)";
		}
		int dash = token.indexOf('-');
		return (dash > 0 && dash <= 5) ? token.substring(0, dash + 1) + "****" : "****";
	}

}
