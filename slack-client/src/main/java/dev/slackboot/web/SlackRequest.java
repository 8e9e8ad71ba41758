package dev.slackboot.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Base of the typed request builders: the arguments of one Slack Web API call, in Slack's wire names.
 *
 * <p>
 * Typed setters cover the documented arguments; {@link #param(String, Object)} sets any other. Strings,
 * numbers and booleans are sent as they are; other values (blocks, attachments, views, metadata) are sent as
 * JSON.
 *
 * @param <S> the concrete request type, returned by the fluent setters
 */
public abstract class SlackRequest<S extends SlackRequest<S>> {

	private final Map<String, Object> params = new LinkedHashMap<>();

	private final List<String> required;

	/**
	 * Creates a request.
	 * @param required the names of the arguments Slack requires for this method
	 */
	protected SlackRequest(String... required) {
		this.required = List.of(required);
	}

	/**
	 * Sets an argument by its Slack name, or removes it when the value is {@code null}.
	 * @param name the argument name as Slack documents it, e.g. {@code unfurl_links}
	 * @param value the value
	 * @return this request
	 */
	@SuppressWarnings("unchecked")
	public S param(String name, @Nullable Object value) {
		if (value == null) {
			this.params.remove(name);
		}
		else {
			this.params.put(name, value);
		}
		return (S) this;
	}

	/**
	 * Returns the arguments set so far.
	 * @return the arguments by Slack name
	 */
	public Map<String, Object> params() {
		return Collections.unmodifiableMap(this.params);
	}

	/**
	 * Checks that every required argument is set.
	 * @param method the Slack method the request is for, named in the error
	 * @throws IllegalArgumentException naming the first missing argument
	 */
	void validate(String method) {
		for (String name : this.required) {
			Object value = this.params.get(name);
			if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
				throw new IllegalArgumentException("Slack method '" + method + "' requires the argument '" + name
						+ "'; set it on the request builder (e.g. r -> r." + javaName(name) + "(...))");
			}
		}
	}

	private static String javaName(String name) {
		StringBuilder builder = new StringBuilder(name.length());
		boolean upper = false;
		for (char ch : name.toCharArray()) {
			if (ch == '_') {
				upper = true;
			}
			else {
				builder.append(upper ? Character.toUpperCase(ch) : ch);
				upper = false;
			}
		}
		return builder.toString();
	}

}
