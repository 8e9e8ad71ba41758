package dev.slackboot.listener.annotation;

import dev.slackboot.model.MessageEvent;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A listener that cannot be served fails the startup, with a message that names the bean, the method and what
 * is wrong.
 */
class SlackEventListenerStartupFailureTests {

	@Test
	void parameterWithoutResolverFailsNamingBeanMethodAndParameter() {
		assertThat(startupFailure(UnservableParameter.class))
			.hasMessageContaining("Cannot serve parameter 1 (java.lang.Thread thread)")
			.hasMessageContaining("'on' of bean 'listener'")
			.hasMessageContaining("no argument resolver supports its type");
	}

	@Test
	void clientWithoutBeanFailsRatherThanReadingTheEventIntoIt() {
		assertThat(startupFailure(MissingClientBean.class))
			.hasMessageContaining("Cannot serve parameter 0 (dev.slackboot.web.SlackWebClient slack)")
			.hasMessageContaining("'on' of bean 'listener'");
	}

	@Test
	void patternGroupThatThePatternLacksFails() {
		assertThat(startupFailure(UnknownGroup.class))
			.hasMessageContaining("Cannot serve parameter 0 (java.lang.String name)")
			.hasMessageContaining("'on' of bean 'listener'")
			.hasMessageContaining("has no named group 'name'; its groups are [text]");
	}

	@Test
	void unsupportedReturnTypeFails() {
		assertThat(startupFailure(UnsupportedReturnType.class))
			.hasMessageContaining("Cannot serve the return type int")
			.hasMessageContaining("'on' of bean 'listener'");
	}

	@Test
	void invalidConditionFails() {
		assertThat(startupFailure(InvalidCondition.class))
			.hasMessageContaining("Invalid condition of @SlackEventListener method 'on' of bean 'listener'");
	}

	@Test
	void missingErrorHandlerBeanFails() {
		assertThat(startupFailure(MissingErrorHandler.class))
			.hasMessageContaining("No SlackListenerErrorHandler bean named 'nowhere'")
			.hasMessageContaining("'on' of bean 'listener'");
	}

	@Test
	void duplicateIdFails() {
		assertThat(startupFailure(DuplicateId.class))
			.hasMessageContaining("Another Slack listener is already registered with id 'same'");
	}

	private static IllegalStateException startupFailure(Class<?> listener) {
		Throwable failure = catchThrowable(() -> {
			try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
				context.registerBean("listener", listener);
				context.register(Config.class);
				context.refresh();
			}
		});
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalStateException stateException) {
				return stateException;
			}
		}
		throw new AssertionError("Startup did not fail with an IllegalStateException", failure);
	}

	static class UnservableParameter {

		@SlackEventListener("message")
		void on(MessageEvent event, Thread thread) {
		}

	}

	static class MissingClientBean {

		@SlackEventListener("message")
		void on(dev.slackboot.web.SlackWebClient slack) {
		}

	}

	static class UnknownGroup {

		@SlackEventListener(value = "message", pattern = "^echo (?<text>.+)$")
		void on(@SlackPatternGroup String name) {
		}

	}

	static class UnsupportedReturnType {

		@SlackEventListener("message")
		int on(MessageEvent event) {
			return 1;
		}

	}

	static class InvalidCondition {

		@SlackEventListener(value = "message", condition = "user ==")
		void on(MessageEvent event) {
		}

	}

	static class MissingErrorHandler {

		@SlackEventListener(value = "message", errorHandler = "nowhere")
		void on(MessageEvent event) {
		}

	}

	static class DuplicateId {

		@SlackEventListener(value = "message", id = "same")
		void on(MessageEvent event) {
		}

		@SlackEventListener(value = "reaction_added", id = "same")
		void other(MessageEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

	}

}
