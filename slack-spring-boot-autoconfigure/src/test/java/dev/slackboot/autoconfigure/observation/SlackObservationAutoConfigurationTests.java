package dev.slackboot.autoconfigure.observation;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.autoconfigure.SlackWebClientAutoConfiguration;
import dev.slackboot.autoconfigure.SlackWebClientCustomizer;
import dev.slackboot.web.SlackWebClient;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackObservationAutoConfiguration}.
 */
class SlackObservationAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackObservationAutoConfiguration.class,
				SlackWebClientAutoConfiguration.class))
		.withPropertyValues("slack.token=xoxb-1-test", "slack.web.base-url=" + slack.baseUrl() + "/api/");

	@Test
	void webApiCallsAreObservedWithTheApplicationsRegistry() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			context.getBean(SlackWebClient.class).auth().test().block();
			TestObservationRegistryAssert.assertThat(registry)
				.hasSingleObservationThat()
				.hasNameEqualTo("slack.api.calls")
				.hasLowCardinalityKeyValue("method", "auth.test");
		});
	}

	@Test
	void noCustomizerWithoutARegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(SlackWebClientCustomizer.class)
			.hasSingleBean(SlackWebClient.class));
	}

}
