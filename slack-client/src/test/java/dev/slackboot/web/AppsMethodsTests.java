package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.apps.AppsConnectionsOpenResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code apps.connections.open}: Slack's sample answer read without loss, the app-level token sent, and a clear
 * failure without one.
 */
class AppsMethodsTests {

	private static final String BOT_TOKEN = "xoxb-1111-bot-secret";

	private static final String APP_TOKEN = "xapp-1-app-secret";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void connectionsOpenCorpusSample() {
		AppsConnectionsOpenResponse response = CorpusRoundTrip.assertRoundTrip("apps.connections.open",
				AppsConnectionsOpenResponse.class);
		assertThat(response.url()).isEmpty();
		assertThat(response.responseMetadata()).isNotNull();
		assertThat(response.responseMetadata().messages()).containsExactly("");
	}

	@Test
	void connectionsOpenIsSentWithTheAppToken() {
		slack.stubFor(post("/api/apps.connections.open")
			.willReturn(okJson("{\"ok\":true,\"url\":\"wss://wss-primary.slack.com/link/?ticket=t&app_id=A1\"}")));
		AppsConnectionsOpenResponse response = client(APP_TOKEN).apps().connectionsOpen().block();
		assertThat(response.url()).isEqualTo("wss://wss-primary.slack.com/link/?ticket=t&app_id=A1");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/apps.connections.open"))
			.withHeader("Authorization", equalTo("Bearer " + APP_TOKEN)));
	}

	@Test
	void withoutAnAppTokenItFailsBeforeCallingSlack() {
		SlackWebClient client = client(null);
		StepVerifier.create(client.apps().connectionsOpen())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("slack.app-token")
				.hasMessageContaining("SlackWebClient.builder().appToken(...)")
				.hasMessageNotContaining(BOT_TOKEN))
			.verify();
		assertThatIllegalStateException().isThrownBy(() -> client.blocking().apps().connectionsOpen())
			.withMessageContaining("slack.app-token");
		slack.verify(0, anyRequestedFor(anyUrl()));
	}

	private static SlackWebClient client(String appToken) {
		return SlackWebClient.builder()
			.baseUrl(slack.baseUrl() + "/api/")
			.token(BOT_TOKEN)
			.appToken(appToken)
			.retryPolicy(SlackRetryPolicy.none())
			.build();
	}

}
