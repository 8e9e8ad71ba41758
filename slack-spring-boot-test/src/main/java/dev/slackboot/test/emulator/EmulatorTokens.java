package dev.slackboot.test.emulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The tokens the emulator accepts and what each grants.
 */
final class EmulatorTokens {

	private final Map<String, TokenGrant> grants;

	EmulatorTokens(Map<String, TokenGrant> grants) {
		this.grants = Map.copyOf(grants);
	}

	/**
	 * Returns what a token grants.
	 * @param token the token
	 * @return the grant, or {@code null} for an unknown token
	 */
	@Nullable TokenGrant find(String token) {
		return this.grants.get(token);
	}

}
