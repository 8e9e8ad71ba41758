package dev.slackboot.test.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Slack error answer of a Web API method: {@code {"ok": false, "error": "channel_not_found"}}, with Slack's
 * further fields ({@code needed}, {@code provided}) and {@code response_metadata.messages} when it has them.
 */
final class ApiException extends RuntimeException {

	private final String error;

	private final Map<String, String> fields;

	private final List<String> messages;

	ApiException(String error) {
		this(error, Map.of(), List.of());
	}

	private ApiException(String error, Map<String, String> fields, List<String> messages) {
		super(error, null, false, false);
		this.error = error;
		this.fields = fields;
		this.messages = messages;
	}

	/**
	 * Returns Slack's {@code invalid_arguments} error, naming the problem as Slack does in
	 * {@code response_metadata.messages}.
	 * @param problem the problem, e.g. {@code missing required field: view}
	 * @return the error
	 */
	static ApiException invalidArguments(String problem) {
		return new ApiException("invalid_arguments", Map.of(), List.of("[ERROR] " + problem));
	}

	/**
	 * Returns Slack's {@code missing_scope} error.
	 * @param needed the scopes needed, comma-separated
	 * @param provided the token's scopes, comma-separated
	 * @return the error
	 */
	static ApiException missingScope(String needed, String provided) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("needed", needed);
		fields.put("provided", provided);
		return new ApiException("missing_scope", fields, List.of());
	}

	/**
	 * Returns Slack's error code.
	 * @return the code, e.g. {@code channel_not_found}
	 */
	String error() {
		return this.error;
	}

	/**
	 * Writes the error answer's fields after {@code "ok": false}.
	 * @param answer the answer
	 */
	void writeTo(ObjectNode answer) {
		answer.put("error", this.error);
		this.fields.forEach(answer::put);
		if (!this.messages.isEmpty()) {
			ArrayNode messages = answer.putObject("response_metadata").putArray("messages");
			this.messages.forEach(messages::add);
		}
	}

}
