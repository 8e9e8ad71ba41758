package dev.slackboot.web.users;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code users.info}. {@code user} is required.
 */
public final class UsersInfoRequest extends SlackRequest<UsersInfoRequest> {

	/**
	 * Creates an empty request.
	 */
	public UsersInfoRequest() {
		super("user");
	}

	/**
	 * Sets the user to describe.
	 * @param user the user ID
	 * @return this request
	 */
	public UsersInfoRequest user(@Nullable String user) {
		return param("user", user);
	}

	/**
	 * Sets whether the locale of the user is returned.
	 * @param includeLocale whether to return the locale
	 * @return this request
	 */
	public UsersInfoRequest includeLocale(@Nullable Boolean includeLocale) {
		return param("include_locale", includeLocale);
	}

}
