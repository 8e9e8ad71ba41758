package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.model.Bot;
import dev.slackboot.web.bots.BotsInfoResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed {@code bots.*} methods against a real HTTP server: the Slack method, encoding, arguments and token
 * sent, the typed answer, and the blocking form. {@code bots.info} has no required argument.
 */
class BotsMethodsTests {

	private static final String TOKEN = "xoxb-test";

	private static final String BOT = "{\"ok\":true,\"bot\":{\"id\":\"B1\",\"deleted\":false,\"name\":\"helper\","
			+ "\"updated\":1700000000,\"app_id\":\"A1\",\"user_id\":\"U1\","
			+ "\"icons\":{\"image_36\":\"https://i/36.png\","
			+ "\"image_48\":\"https://i/48.png\",\"image_72\":\"https://i/72.png\"}}}";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(TOKEN)
		.build();

	@Test
	void infoIsSentAsGetWithQueryAndReturnsTheBot() {
		slack.stubFor(get(urlPathEqualTo("/api/bots.info")).willReturn(okJson(BOT)));

		BotsInfoResponse response = this.client.bots().info((b) -> b.bot("B1").teamId("T1")).block();

		Bot bot = response.bot();
		assertThat(bot.id()).isEqualTo("B1");
		assertThat(bot.name()).isEqualTo("helper");
		assertThat(bot.userId()).isEqualTo("U1");
		assertThat(bot.appId()).isEqualTo("A1");
		assertThat(bot.updated()).isEqualTo(1700000000L);
		assertThat(bot.deleted()).isFalse();
		assertThat(bot.icons().image36()).isEqualTo("https://i/36.png");
		assertThat(bot.icons().image48()).isEqualTo("https://i/48.png");
		assertThat(bot.icons().image72()).isEqualTo("https://i/72.png");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/bots.info"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withQueryParam("bot", equalTo("B1"))
			.withQueryParam("team_id", equalTo("T1")));
	}

	@Test
	void blockingFormReturnsTheSameAnswer() {
		slack.stubFor(get(urlPathEqualTo("/api/bots.info")).willReturn(okJson(BOT)));

		BotsInfoResponse blocking = this.client.blocking().bots().info((b) -> b.bot("B1"));

		assertThat(blocking).isEqualTo(this.client.bots().info((b) -> b.bot("B1")).block());
		assertThat(blocking.bot().userId()).isEqualTo("U1");
		slack.verify(2, getRequestedFor(urlPathEqualTo("/api/bots.info")).withQueryParam("bot", equalTo("B1")));
	}

}
