package dev.slackboot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads Slack's sample answers ({@code src/test/resources/slack-corpus/java-slack-sdk-samples/api}) into typed
 * responses and checks that writing them back loses nothing and that every modelled field was bound to its
 * record component rather than swept into {@code additionalProperties}.
 */
public final class CorpusRoundTrip {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
		if (a.isNumber() && b.isNumber()) {
			return new BigDecimal(a.asString()).compareTo(new BigDecimal(b.asString()));
		}
		return a.equals(b) ? 0 : 1;
	};

	private CorpusRoundTrip() {
	}

	/**
	 * Loads the sample answer of a method, with {@code ok} set to {@code true}.
	 * @param method the Slack method, e.g. {@code chat.postMessage}
	 * @return the sample
	 */
	public static ObjectNode sample(String method) {
		String path = "/slack-corpus/java-slack-sdk-samples/api/" + method + ".json";
		try (InputStream in = CorpusRoundTrip.class.getResourceAsStream(path)) {
			assertThat(in).as("corpus sample %s", path).isNotNull();
			ObjectNode sample = (ObjectNode) MAPPER.readTree(in);
			sample.put("ok", true);
			return sample;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the sample of a method as the given type, asserts that writing it back gives the same JSON and that
	 * modelled fields were bound, and returns the typed answer for further assertions.
	 * @param method the Slack method
	 * @param type the response type
	 * @return the typed answer
	 */
	public static <T> T assertRoundTrip(String method, Class<T> type) {
		ObjectNode sample = sample(method);
		T typed = MAPPER.treeToValue(sample, type);
		JsonNode written = MAPPER.valueToTree(typed);
		assertThat(written.equals(NUMBERS_BY_VALUE, sample))
			.as("%s read as %s and written back equals the sample; written: %s", method, type.getSimpleName(), written)
			.isTrue();
		assertModelledFieldsBound(method, typed);
		return typed;
	}

	private static void assertModelledFieldsBound(String path, Object value) {
		if (value instanceof Collection<?> items) {
			items.forEach((item) -> assertModelledFieldsBound(path + "[]", item));
			return;
		}
		if (value == null || !value.getClass().isRecord()) {
			return;
		}
		Map<?, ?> additional = null;
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			Object componentValue = read(component, value);
			if (component.getName().equals("additionalProperties")) {
				additional = (Map<?, ?>) componentValue;
			}
			else {
				assertModelledFieldsBound(path + "." + component.getName(), componentValue);
			}
		}
		if (additional != null) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				String jsonName = snakeCase(component.getName());
				assertThat(additional.containsKey(jsonName))
					.as("%s: field '%s' is modelled by %s but was not bound to it", path, jsonName,
							value.getClass().getSimpleName())
					.isFalse();
			}
		}
	}

	private static String snakeCase(String javaName) {
		return javaName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
