package dev.slackboot.web;

import dev.slackboot.web.auth.AuthTestResponse;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Slack's {@code auth.*} methods.
 */
public final class AuthMethods {

	private final SlackApiInvoker api;

	AuthMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code auth.test}: checks the token and tells whom it belongs to.
	 * @return the answer
	 */
	public Mono<AuthTestResponse> test() {
		return this.api.invoke("auth.test", Map.of(), AuthTestResponse.class);
	}

}
