package dev.slackboot.test.emulator;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What a token of the emulator grants: its kind, the user it acts as and its scopes. {@link #toString()} never
 * shows the token.
 *
 * @param token the token
 * @param kind bot or app-level
 * @param userId the user the token acts as, {@code null} for an app-level token
 * @param scopes the OAuth scopes granted
 */
record TokenGrant(String token, Kind kind, @Nullable String userId, Set<String> scopes) {

	TokenGrant {
		scopes = Set.copyOf(scopes);
	}

	/**
	 * Whether the token has one of the given scopes.
	 * @param anyOf the scopes, any of which is enough; none means no scope is needed
	 * @return {@code true} when allowed
	 */
	boolean allows(Iterable<String> anyOf) {
		boolean required = false;
		for (String scope : anyOf) {
			required = true;
			if (this.scopes.contains(scope)) {
				return true;
			}
		}
		return !required;
	}

	/**
	 * Returns the scopes as Slack lists them, comma-separated.
	 * @return the scopes
	 */
	String scopeList() {
		return String.join(",", new TreeSet<>(this.scopes));
	}

	/**
	 * Returns the user the token acts as.
	 * @return the user ID
	 * @throws IllegalStateException for an app-level token
	 */
	String user() {
		if (this.userId == null) {
			throw new IllegalStateException("An app-level token acts as no user");
		}
		return this.userId;
	}

	@Override
	public String toString() {
		return "TokenGrant[kind=" + this.kind + ", userId=" + this.userId + ", scopes=" + scopeList() + "]";
	}

	/**
	 * The kinds of token.
	 */
	enum Kind {

		/**
		 * A bot token ({@code xoxb-}), acting as the bot user.
		 */
		BOT,

		/**
		 * An app-level token ({@code xapp-}), for {@code apps.connections.open}.
		 */
		APP

	}

}
