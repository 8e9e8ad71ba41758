package dev.slackboot.web;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.views.ViewsOpenResponse;
import dev.slackboot.web.views.ViewsPublishResponse;
import dev.slackboot.web.views.ViewsPushResponse;
import dev.slackboot.web.views.ViewsUpdateResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code views.*} methods against a real HTTP server: the right method, a JSON body with the view as a
 * JSON object inside it, the token, and the typed answer.
 */
class ViewsMethodsTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Map<String, Object> MODAL = Map.of("type", "modal", "callback_id", "survey", "title",
			Map.of("type", "plain_text", "text", "Survey"), "blocks",
			List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*Hi*"))));

	private static final String MODAL_JSON = """
			{"type": "modal", "callback_id": "survey", "title": {"type": "plain_text", "text": "Survey"},
			 "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Hi*"}}]}""";

	private SlackWebClient slack;

	@BeforeEach
	void setUp() {
		this.slack = SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
	}

	@Test
	void openSendsTheTriggerAndTheViewAsJsonAndReadsTheOpenedView() {
		answer("views.open", """
				{"ok": true, "view": {"id": "V123", "hash": "1.abc", "type": "modal", "callback_id": "survey",
				 "state": {"values": {"b1": {"a1": {"type": "plain_text_input", "value": "yes"}}}}}}""");
		StepVerifier.create(this.slack.views().open((v) -> v.triggerId("12345.98765.abcd").view(MODAL)))
			.assertNext((response) -> {
				assertThat(response.view().id()).isEqualTo("V123");
				assertThat(response.view().hash()).isEqualTo("1.abc");
				assertThat(response.view().callbackId()).isEqualTo("survey");
				assertThat(response.view().state().values().get("b1").get("a1").path("value").asString())
					.isEqualTo("yes");
			})
			.verifyComplete();
		verifyJson("views.open", "{\"trigger_id\": \"12345.98765.abcd\", \"view\": " + MODAL_JSON + "}");
	}

	@Test
	void publishSendsTheUserTheViewAndTheHash() {
		answer("views.publish", "{\"ok\": true, \"view\": {\"id\": \"V9\", \"type\": \"home\"}}");
		Map<String, Object> home = Map.of("type", "home", "blocks", List.of());
		StepVerifier.create(this.slack.views().publish((v) -> v.userId("U123").view(home).hash("1.abc")))
			.assertNext((response) -> assertThat(response.view().type()).isEqualTo("home"))
			.verifyComplete();
		verifyJson("views.publish",
				"{\"user_id\": \"U123\", \"hash\": \"1.abc\", \"view\": {\"type\": \"home\", \"blocks\": []}}");
	}

	@Test
	void updateSendsTheViewIdTheHashAndTheView() {
		answer("views.update", "{\"ok\": true, \"view\": {\"id\": \"V123\", \"hash\": \"2.def\"}}");
		StepVerifier.create(this.slack.views().update((v) -> v.viewId("V123").hash("1.abc").view(MODAL)))
			.assertNext((response) -> assertThat(response.view().hash()).isEqualTo("2.def"))
			.verifyComplete();
		verifyJson("views.update", "{\"view_id\": \"V123\", \"hash\": \"1.abc\", \"view\": " + MODAL_JSON + "}");
	}

	@Test
	void updateByExternalIdSerializesAViewRecordOfTheCaller() {
		answer("views.update", "{\"ok\": true, \"view\": {\"id\": \"V123\", \"external_id\": \"order-42\"}}");
		StepVerifier
			.create(this.slack.views().update((v) -> v.externalId("order-42").view(new Modal("modal", "survey"))))
			.assertNext((response) -> assertThat(response.view().externalId()).isEqualTo("order-42"))
			.verifyComplete();
		verifyJson("views.update",
				"{\"external_id\": \"order-42\", \"view\": {\"type\": \"modal\", \"callbackId\": \"survey\"}}");
	}

	@Test
	void pushSendsTheTriggerAndTheView() {
		answer("views.push", "{\"ok\": true, \"view\": {\"id\": \"V456\", \"root_view_id\": \"V123\"}}");
		StepVerifier.create(this.slack.views().push((v) -> v.triggerId("12345.98765.abcd").view(MODAL)))
			.assertNext((response) -> {
				assertThat(response.view().id()).isEqualTo("V456");
				assertThat(response.view().rootViewId()).isEqualTo("V123");
			})
			.verifyComplete();
		verifyJson("views.push", "{\"trigger_id\": \"12345.98765.abcd\", \"view\": " + MODAL_JSON + "}");
	}

	@Test
	void blockingOpenReturnsTheOpenedView() {
		answer("views.open", "{\"ok\": true, \"view\": {\"id\": \"V123\"}}");
		ViewsOpenResponse response = this.slack.blocking()
			.views()
			.open((v) -> v.interactivityPointer("pointer").view(MODAL));
		assertThat(response.view().id()).isEqualTo("V123");
		verifyJson("views.open", "{\"interactivity_pointer\": \"pointer\", \"view\": " + MODAL_JSON + "}");
	}

	@Test
	void blockingPublishUpdateAndPushReturnTheirViews() {
		answer("views.publish", "{\"ok\": true, \"view\": {\"id\": \"V1\"}}");
		answer("views.update", "{\"ok\": true, \"view\": {\"id\": \"V2\"}}");
		answer("views.push", "{\"ok\": true, \"view\": {\"id\": \"V3\"}}");
		BlockingViewsMethods views = this.slack.blocking().views();
		ViewsPublishResponse published = views.publish((v) -> v.userId("U1").view(MODAL));
		ViewsUpdateResponse updated = views.update((v) -> v.viewId("V2").view(MODAL));
		ViewsPushResponse pushed = views.push((v) -> v.triggerId("t").view(MODAL));
		assertThat(List.of(published.view().id(), updated.view().id(), pushed.view().id()))
			.containsExactly("V1", "V2", "V3");
	}

	@Test
	void openWithoutAViewFailsBeforeCallingSlack() {
		StepVerifier.create(this.slack.views().open((v) -> v.triggerId("t")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'view'"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void publishWithoutAUserFailsBeforeCallingSlack() {
		StepVerifier.create(this.slack.views().publish((v) -> v.view(MODAL)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'user_id'"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void slackErrorFailsWithSlackApiException() {
		answer("views.open", "{\"ok\": false, \"error\": \"expired_trigger_id\"}");
		StepVerifier.create(this.slack.views().open((v) -> v.triggerId("t").view(MODAL)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(SlackApiException.class);
				assertThat(((SlackApiException) ex).getError()).isEqualTo("expired_trigger_id");
			})
			.verify();
	}

	private static void answer(String method, String json) {
		wireMock.stubFor(post("/api/" + method)
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
	}

	private static void verifyJson(String method, String json) {
		wireMock.verify(postRequestedFor(urlEqualTo("/api/" + method))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson(json)));
	}

	record Modal(String type, String callbackId) {
	}

}
