package dev.slackboot.events;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an {@code application/x-www-form-urlencoded} body, as Slack sends slash commands and interactions.
 */
final class FormBody {

	private FormBody() {
	}

	/**
	 * Reads the fields of a body; a field that occurs more than once keeps its first value.
	 * @param body the raw body
	 * @return the fields in body order
	 * @throws IllegalArgumentException if the body has a malformed escape
	 */
	static Map<String, String> parse(byte[] body) {
		Map<String, String> fields = new LinkedHashMap<>();
		String text = new String(body, StandardCharsets.UTF_8);
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			fields.putIfAbsent(name, value);
		}
		return fields;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
