package dev.slackboot.web;

import java.util.function.Consumer;

/**
 * Applies a caller's lambda to a fresh request.
 */
final class SlackRequests {

	private SlackRequests() {
	}

	/**
	 * Fills in a request.
	 * @param request the empty request
	 * @param customizer the caller's lambda
	 * @return the filled-in request
	 */
	static <R extends SlackRequest<R>> R build(R request, Consumer<? super R> customizer) {
		customizer.accept(request);
		return request;
	}

}
