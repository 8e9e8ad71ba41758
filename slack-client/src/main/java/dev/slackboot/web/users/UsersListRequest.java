package dev.slackboot.web.users;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code users.list}. All arguments are optional.
 */
public final class UsersListRequest extends SlackRequest<UsersListRequest> {

	/**
	 * Creates an empty request.
	 */
	public UsersListRequest() {
		super();
	}

	/**
	 * Sets whether the locale of each user is returned.
	 * @param includeLocale whether to return the locale
	 * @return this request
	 */
	public UsersListRequest includeLocale(@Nullable Boolean includeLocale) {
		return param("include_locale", includeLocale);
	}

	/**
	 * Sets the workspace to list users of; required with an org-level token.
	 * @param teamId the workspace ID
	 * @return this request
	 */
	public UsersListRequest teamId(@Nullable String teamId) {
		return param("team_id", teamId);
	}

	/**
	 * Sets the cursor of the page to fetch: the {@code next_cursor} of the previous page's
	 * {@code response_metadata}. Leave unset for the first page.
	 * @param cursor the cursor
	 * @return this request
	 */
	public UsersListRequest cursor(@Nullable String cursor) {
		return param("cursor", cursor);
	}

	/**
	 * Sets the maximum number of users per page (Slack recommends at most 200).
	 * Slack may return fewer, even before the last page.
	 * @param limit the page size
	 * @return this request
	 */
	public UsersListRequest limit(@Nullable Integer limit) {
		return param("limit", limit);
	}

}
