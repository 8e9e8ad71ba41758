package dev.slackboot.web.users;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code users.lookupByEmail}. {@code email} is required.
 */
public final class UsersLookupByEmailRequest extends SlackRequest<UsersLookupByEmailRequest> {

	/**
	 * Creates an empty request.
	 */
	public UsersLookupByEmailRequest() {
		super("email");
	}

	/**
	 * Sets the email address to look up.
	 * @param email the email address
	 * @return this request
	 */
	public UsersLookupByEmailRequest email(@Nullable String email) {
		return param("email", email);
	}

}
