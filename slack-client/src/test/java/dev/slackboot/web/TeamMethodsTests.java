package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.team.TeamInfoResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed {@code team.*} methods against a real HTTP server: the Slack method, encoding, arguments and token
 * sent, the typed answer, and the blocking forms. {@code team.info} has no required argument.
 */
class TeamMethodsTests {

	private static final String TOKEN = "xoxb-test";

	private static final String TEAM = "{\"ok\":true,\"team\":{\"id\":\"T1\",\"name\":\"Acme\",\"domain\":\"acme\","
			+ "\"email_domain\":\"acme.com\",\"url\":\"https://acme.slack.com/\",\"is_verified\":true,"
			+ "\"icon\":{\"image_34\":\"https://i/34.png\",\"image_default\":true},\"enterprise_id\":\"E1\","
			+ "\"locale\":\"en-US\"}}";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(TOKEN)
		.build();

	@Test
	void infoOfOwnWorkspaceIsSentAsGetWithoutArguments() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).willReturn(okJson(TEAM)));

		TeamInfoResponse response = this.client.team().info().block();

		assertThat(response.team().id()).isEqualTo("T1");
		assertThat(response.team().name()).isEqualTo("Acme");
		assertThat(response.team().domain()).isEqualTo("acme");
		assertThat(response.team().emailDomain()).isEqualTo("acme.com");
		assertThat(response.team().isVerified()).isTrue();
		assertThat(response.team().enterpriseId()).isEqualTo("E1");
		assertThat(response.team().icon().path("image_34").asString()).isEqualTo("https://i/34.png");
		assertThat(response.team().additionalProperties()).containsEntry("locale", "en-US");
		slack.verify(getRequestedFor(urlEqualTo("/api/team.info"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void infoOfAnotherWorkspaceSendsItsIdInTheQuery() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).willReturn(okJson(TEAM)));

		this.client.team().info((t) -> t.team("T2")).block();
		this.client.team().info((t) -> t.domain("other")).block();

		slack.verify(getRequestedFor(urlEqualTo("/api/team.info?team=T2"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		slack.verify(getRequestedFor(urlEqualTo("/api/team.info?domain=other")));
	}

	@Test
	void blockingFormsReturnTheSameAnswers() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).willReturn(okJson(TEAM)));
		TeamMethods reactive = this.client.team();
		BlockingTeamMethods blocking = this.client.blocking().team();

		TeamInfoResponse own = blocking.info();
		assertThat(own).isEqualTo(reactive.info().block());
		assertThat(own.team().url()).isEqualTo("https://acme.slack.com/");
		assertThat(blocking.info((t) -> t.team("T2"))).isEqualTo(reactive.info((t) -> t.team("T2")).block());
		slack.verify(2, getRequestedFor(urlEqualTo("/api/team.info")));
		slack.verify(2, getRequestedFor(urlEqualTo("/api/team.info?team=T2")));
	}

}
