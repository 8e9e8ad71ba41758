package dev.slackboot.test.emulator;

import org.jspecify.annotations.Nullable;

/**
 * A member of the emulated workspace: a person, or the bot user of the emulated app.
 *
 * @param id the user ID, e.g. {@code U0ALICE}
 * @param name the user name, e.g. {@code alice}
 * @param realName the full name
 * @param email the e-mail address, {@code null} for the bot
 * @param botId the bot ID of the bot user, {@code null} for a person
 */
public record EmulatedUser(String id, String name, String realName, @Nullable String email, @Nullable String botId) {

	/**
	 * Whether this is a bot user.
	 * @return {@code true} for the bot
	 */
	public boolean isBot() {
		return this.botId != null;
	}

}
