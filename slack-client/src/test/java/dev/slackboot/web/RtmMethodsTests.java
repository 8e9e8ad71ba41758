package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.rtm.RtmConnectResponse;
import dev.slackboot.web.rtm.RtmStartResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code rtm.connect} and {@code rtm.start}: Slack's sample answers read without loss, and the calls as they
 * reach a real HTTP server.
 */
class RtmMethodsTests {

	private static final String BOT_TOKEN = "xoxb-1111-bot-secret";

	private static final String APP_TOKEN = "xapp-1-app-secret";

	private static final String CONNECT_ANSWER = "{\"ok\":true,\"url\":\"wss://wss-primary.slack.com/websocket/abc\","
			+ "\"self\":{\"id\":\"U4X318ZMZ\",\"name\":\"robotoverlord\"},"
			+ "\"team\":{\"domain\":\"slackdemo\",\"id\":\"T2U81E2FP\",\"name\":\"SlackDemo\"}}";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(BOT_TOKEN)
		.appToken(APP_TOKEN)
		.retryPolicy(SlackRetryPolicy.none())
		.build();

	@Test
	void connectCorpusSample() {
		RtmConnectResponse response = CorpusRoundTrip.assertRoundTrip("rtm.connect", RtmConnectResponse.class);
		assertThat(response.self()).isNotNull();
		assertThat(response.self().id()).isEqualTo("U00000000");
		assertThat(response.team()).isNotNull();
		assertThat(response.team().id()).isEqualTo("T00000000");
	}

	@Test
	void connectIsSentWithTheBotTokenAndItsArguments() {
		slack.stubFor(get(urlPathEqualTo("/api/rtm.connect")).willReturn(okJson(CONNECT_ANSWER)));
		RtmConnectResponse response = this.client.rtm()
			.connect((request) -> request.batchPresenceAware(true).presenceSub(false))
			.block();
		assertThat(response.url()).isEqualTo("wss://wss-primary.slack.com/websocket/abc");
		assertThat(response.self().name()).isEqualTo("robotoverlord");
		assertThat(response.team().domain()).isEqualTo("slackdemo");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/rtm.connect"))
			.withHeader("Authorization", equalTo("Bearer " + BOT_TOKEN))
			.withQueryParam("batch_presence_aware", equalTo("true"))
			.withQueryParam("presence_sub", equalTo("false")));
	}

	@Test
	void startKeepsTheWorkspaceSnapshot() {
		slack.stubFor(get(urlPathEqualTo("/api/rtm.start")).willReturn(okJson(
				CONNECT_ANSWER.replace("}}", "},\"users\":[{\"id\":\"U1\"}],\"channels\":[]}"))));
		RtmStartResponse response = this.client.blocking().rtm().start((request) -> request.noLatest(true));
		assertThat(response.self().id()).isEqualTo("U4X318ZMZ");
		assertThat(response.additionalProperties()).containsKeys("users", "channels");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/rtm.start"))
			.withHeader("Authorization", equalTo("Bearer " + BOT_TOKEN))
			.withQueryParam("no_latest", equalTo("true")));
	}

	@Test
	void connectErrorCarriesSlacksCode() {
		slack.stubFor(get(urlPathEqualTo("/api/rtm.connect"))
			.willReturn(okJson("{\"ok\":false,\"error\":\"not_allowed_token_type\"}")));
		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> this.client.blocking().rtm().connect());
		assertThat(ex.getError()).isEqualTo("not_allowed_token_type");
		assertThat(ex.getMethod()).isEqualTo("rtm.connect");
	}

}
