package dev.slackboot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the app reaches Slack and with which credentials. Taken from the {@code slack.*} properties unless
 * another bean provides it (e.g. the embedded Slack emulator in tests).
 */
public interface SlackConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the base URL of the Web API, e.g. {@code https://slack.com/api/}.
	 * @return the base URL
	 */
	String webApiBaseUrl();

	/**
	 * Returns the bot or user token.
	 * @return the token, or {@code null} when none is configured
	 */
	@Nullable String token();

	/**
	 * Returns the app-level token for Socket Mode.
	 * @return the app-level token, or {@code null} when none is configured
	 */
	default @Nullable String appToken() {
		return null;
	}

	/**
	 * Returns the signing secret for Events API requests.
	 * @return the signing secret, or {@code null} when none is configured
	 */
	default @Nullable String signingSecret() {
		return null;
	}

}
