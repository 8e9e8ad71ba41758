package dev.slackboot.web;

import dev.slackboot.web.auth.AuthTestResponse;

/**
 * Slack's {@code auth.*} methods, blocking.
 *
 * @see AuthMethods
 */
public final class BlockingAuthMethods {

	private final AuthMethods methods;

	BlockingAuthMethods(AuthMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code auth.test}: checks the token and tells whom it belongs to.
	 * @return the answer
	 */
	public AuthTestResponse test() {
		return BlockingSupport.await(this.methods.test(), "auth.test");
	}

}
