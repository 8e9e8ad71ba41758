package dev.slackboot.support;

import java.util.Arrays;
import java.util.List;

import dev.slackboot.model.MessageEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RecordConstructorModule}: records are read as Jackson reads them, through their constructor called with
 * core reflection.
 */
class RecordConstructorModuleTests {

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private static final JsonMapper WITH_MODULE = PLAIN.rebuild().addModule(new RecordConstructorModule()).build();

	private static final String MESSAGE = """
			{"type":"message","channel":"C1","user":"U1","text":"hi","ts":"1.2","blocks":[{"type":"rich_text"}],
			 "edited":{"user":"U1","ts":"1.3"},"custom":{"a":1}}""";

	@Test
	void readsRecordsAsJacksonDoes() {
		assertThat(WITH_MODULE.readValue(MESSAGE, MessageEvent.class))
			.isEqualTo(PLAIN.readValue(MESSAGE, MessageEvent.class));
	}

	@Test
	void callsTheConstructorThroughReflection() {
		Traced traced = WITH_MODULE.readValue("{\"name\":\"x\"}", Traced.class);
		assertThat(traced.name()).isEqualTo("x");
		assertThat(traced.callers()).contains("java.lang.reflect.Constructor.newInstance")
			.doesNotContain("java.lang.invoke.MethodHandle.invokeWithArguments");
	}

	@Test
	void failureInTheConstructorIsReportedWithItsMessage() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> WITH_MODULE.readValue("{\"value\":-1}", Positive.class))
			.withMessageContaining("value must be positive");
	}

	record Traced(String name, List<String> callers) {

		Traced {
			callers = Arrays.stream(new Throwable().getStackTrace())
				.map((frame) -> frame.getClassName() + "." + frame.getMethodName())
				.toList();
		}

	}

	record Positive(int value) {

		Positive {
			if (value <= 0) {
				throw new IllegalArgumentException("value must be positive");
			}
		}

	}

}
