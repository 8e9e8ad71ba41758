package dev.slackboot.web;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.observation.DefaultSlackApiObservationConvention;
import dev.slackboot.observation.SlackApiObservationContext;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each Web API call is observed once as {@code slack.api.calls}, retries included, with method, outcome and
 * Slack's error code.
 */
class SlackApiObservationTests {

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private SlackWebClient client() {
		return SlackWebClient.builder()
			.baseUrl(slack.baseUrl() + "/api/")
			.token("xoxb-test")
			.retryPolicy(SlackRetryPolicy.none())
			.observationRegistry(this.registry)
			.build();
	}

	@Test
	void successfulCallIsObserved() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.0\"}")));

		client().chat().postMessage((m) -> m.channel("C1").text("hi")).block();

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo(DefaultSlackApiObservationConvention.NAME)
			.hasContextualNameEqualTo("slack chat.postMessage")
			.hasLowCardinalityKeyValue("method", "chat.postMessage")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("error", "none")
			.isInstanceOf(SlackApiObservationContext.class);
	}

	@Test
	void slackErrorIsObservedWithItsCode() {
		slack.stubFor(post("/api/conversations.join").willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

		assertThatExceptionOfType(SlackApiException.class)
			.isThrownBy(() -> client().call("conversations.join", Map.of("channel", "C404")).block());

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("method", "conversations.join")
			.hasLowCardinalityKeyValue("outcome", "SLACK_ERROR")
			.hasLowCardinalityKeyValue("error", "channel_not_found")
			.hasError();
	}

	@Test
	void serverErrorIsObservedAsHttpError() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(SlackApiException.class)
			.isThrownBy(() -> client().chat().postMessage((m) -> m.channel("C1").text("hi")).block());

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("outcome", "HTTP_ERROR")
			.hasLowCardinalityKeyValue("error", "http_503");
	}

}
