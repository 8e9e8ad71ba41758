package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One authorized Web API call: its arguments (from a JSON body, a form body or the query string, read alike)
 * and the token's grant.
 */
final class ApiCall {

	private final String method;

	private final ObjectNode params;

	private final TokenGrant caller;

	private final String requestRootUrl;

	private final JsonMapper mapper;

	ApiCall(String method, ObjectNode params, TokenGrant caller, String requestRootUrl, JsonMapper mapper) {
		this.method = method;
		this.params = params;
		this.caller = caller;
		this.requestRootUrl = requestRootUrl;
		this.mapper = mapper;
	}

	String method() {
		return this.method;
	}

	TokenGrant caller() {
		return this.caller;
	}

	/**
	 * Returns the user the token acts as.
	 * @return the user ID
	 */
	String user() {
		return this.caller.user();
	}

	/**
	 * Returns the emulator's root URL as the caller reached it (its {@code Host} header), for URLs the caller
	 * opens next.
	 * @return the URL, ending with {@code /}
	 */
	String requestRootUrl() {
		return this.requestRootUrl;
	}

	/**
	 * Returns a new answer: {@code {"ok": true}}.
	 * @return the answer to add fields to
	 */
	ObjectNode ok() {
		return this.mapper.createObjectNode().put("ok", true);
	}

	/**
	 * Returns an argument as text; an empty value counts as missing, as on Slack.
	 * @param name the argument name
	 * @return the value, or {@code null}
	 */
	@Nullable String param(String name) {
		JsonNode value = this.params.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isValueNode() ? value.asString() : this.mapper.writeValueAsString(value);
		return text.isEmpty() ? null : text;
	}

	/**
	 * Returns a required argument.
	 * @param name the argument name
	 * @return the value
	 * @throws ApiException {@code invalid_arguments} when it is missing
	 */
	String required(String name) {
		String value = param(name);
		if (value == null) {
			throw ApiException.invalidArguments("missing required field: " + name);
		}
		return value;
	}

	/**
	 * Returns a required argument, failing with the given error when it is missing.
	 * @param name the argument name
	 * @param error Slack's error for that method, e.g. {@code channel_not_found}
	 * @return the value
	 */
	String required(String name, String error) {
		String value = param(name);
		if (value == null) {
			throw new ApiException(error);
		}
		return value;
	}

	/**
	 * Returns a structured argument: JSON in a JSON body, or a JSON string in a form.
	 * @param name the argument name
	 * @return the value, or {@code null}
	 * @throws ApiException {@code invalid_arguments} when it is not JSON
	 */
	@Nullable JsonNode json(String name) {
		JsonNode value = this.params.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			return value;
		}
		if (value.asString().isBlank()) {
			return null;
		}
		try {
			return this.mapper.readTree(value.asString());
		}
		catch (JacksonException ex) {
			throw ApiException.invalidArguments("invalid JSON in argument " + name);
		}
	}

	/**
	 * Returns a boolean argument ({@code true}, {@code 1}).
	 * @param name the argument name
	 * @return the value, {@code false} when missing
	 */
	boolean flag(String name) {
		String value = param(name);
		return "true".equalsIgnoreCase(value) || "1".equals(value);
	}

	/**
	 * Returns a number argument.
	 * @param name the argument name
	 * @return the value, or {@code null}
	 * @throws ApiException {@code invalid_arguments} when it is not a number
	 */
	@Nullable Long number(String name) {
		String value = param(name);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidArguments("argument " + name + " must be a number");
		}
	}

	/**
	 * Returns a list argument: comma-separated text, or a JSON array.
	 * @param name the argument name
	 * @return the values, empty when missing
	 */
	List<String> list(String name) {
		JsonNode value = this.params.get(name);
		List<String> values = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach((element) -> values.add(element.asString()));
			return values;
		}
		String text = param(name);
		if (text != null) {
			for (String element : text.split(",")) {
				if (!element.isBlank()) {
					values.add(element.trim());
				}
			}
		}
		return values;
	}

}
