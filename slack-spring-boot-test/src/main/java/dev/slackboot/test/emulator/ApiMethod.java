package dev.slackboot.test.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * One Web API method of the emulator.
 */
@FunctionalInterface
interface ApiMethod {

	/**
	 * Answers a call, under the workspace's lock.
	 * @param call the call, from an authorized token
	 * @return the answer, starting with {@code "ok": true} (see {@link ApiCall#ok()})
	 * @throws ApiException for Slack's error answers
	 */
	ObjectNode answer(ApiCall call);

}
