package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.model.User;
import dev.slackboot.web.users.UsersInfoResponse;
import dev.slackboot.web.users.UsersListResponse;
import dev.slackboot.web.users.UsersLookupByEmailResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@code users.*} methods against a real HTTP server: sent as GET with a query string, with the arguments
 * and the bearer token, and typed answers back.
 */
class UsersMethodsTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SlackWebClient slack() {
		return SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
	}

	@Test
	void listSendsGetWithQueryAndReadsUsers() {
		wireMock.stubFor(get(urlPathEqualTo("/api/users.list")).willReturn(okJson("""
				{"ok": true, "cache_ts": 1700000000, "members": [
				  {"id": "U1", "team_id": "T1", "name": "ada", "real_name": "Ada Lovelace", "tz_offset": 3600,
				   "is_admin": true, "locale": "en-GB",
				   "profile": {"display_name": "ada", "image_72": "https://example.com/ada_72.png"}},
				  {"id": "U2", "name": "deploybot", "is_bot": true,
				   "profile": {"bot_id": "B2", "api_app_id": "A2", "always_active": true}}],
				 "response_metadata": {"next_cursor": "dXNlcjpVMg=="}}
				""")));

		StepVerifier.create(slack().users().list((r) -> r.limit(2).includeLocale(true).teamId("T1")))
			.assertNext((response) -> {
				assertThat(response.members()).extracting(User::id).containsExactly("U1", "U2");
				User ada = response.members().get(0);
				assertThat(ada.realName()).isEqualTo("Ada Lovelace");
				assertThat(ada.tzOffset()).isEqualTo(3600);
				assertThat(ada.isAdmin()).isTrue();
				assertThat(ada.locale()).isEqualTo("en-GB");
				assertThat(ada.profile().image72()).isEqualTo("https://example.com/ada_72.png");
				User bot = response.members().get(1);
				assertThat(bot.isBot()).isTrue();
				assertThat(bot.profile().botId()).isEqualTo("B2");
				assertThat(response.cacheTs()).isEqualTo(1700000000L);
				assertThat(response.nextCursor()).isEqualTo("dXNlcjpVMg==");
			})
			.verifyComplete();

		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/users.list"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("limit", equalTo("2"))
			.withQueryParam("include_locale", equalTo("true"))
			.withQueryParam("team_id", equalTo("T1")));
	}

	@Test
	void listWithoutArgumentsSendsNoQuery() {
		wireMock.stubFor(get(urlPathEqualTo("/api/users.list"))
			.willReturn(okJson("{\"ok\": true, \"members\": [], \"cache_ts\": 1}")));

		UsersListResponse response = slack().blocking().users().list();

		assertThat(response.members()).isEmpty();
		assertThat(wireMock.findAll(getRequestedFor(urlPathEqualTo("/api/users.list"))))
			.singleElement()
			.satisfies((request) -> assertThat(request.getQueryParams()).isEmpty());
	}

	@Test
	void infoSendsUserAsQueryAndReadsProfile() {
		wireMock.stubFor(get(urlPathEqualTo("/api/users.info")).willReturn(okJson("""
				{"ok": true, "user": {"id": "U1", "name": "ada", "deleted": false, "tz": "Europe/London",
				 "profile": {"real_name": "Ada Lovelace", "display_name": "ada", "email": "ada@example.com",
				  "status_text": "Computing", "status_emoji": ":abacus:", "status_expiration": 0}}}
				""")));

		UsersInfoResponse response = slack().blocking().users().info((r) -> r.user("U1"));

		assertThat(response.user().tz()).isEqualTo("Europe/London");
		assertThat(response.user().profile().displayName()).isEqualTo("ada");
		assertThat(response.user().profile().statusEmoji()).isEqualTo(":abacus:");
		assertThat(response.user().profile().statusExpiration()).isZero();
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/users.info"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("user", equalTo("U1")));
	}

	@Test
	void lookupByEmailEncodesTheAddressInTheQuery() {
		wireMock.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(okJson("""
				{"ok": true, "user": {"id": "U1", "profile": {"email": "ada+bots@example.com"}}}
				""")));

		UsersLookupByEmailResponse response = slack().users()
			.lookupByEmail((r) -> r.email("ada+bots@example.com"))
			.block();

		assertThat(response.user().id()).isEqualTo("U1");
		assertThat(response.user().profile().email()).isEqualTo("ada+bots@example.com");
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("email", equalTo("ada+bots@example.com")));
	}

	@Test
	void lookupByUnknownEmailFailsWithSlacksError() {
		wireMock.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
			.willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));

		assertThatExceptionOfType(SlackApiException.class)
			.isThrownBy(() -> slack().blocking().users().lookupByEmail((r) -> r.email("nobody@example.com")))
			.satisfies((ex) -> {
				assertThat(ex.getError()).isEqualTo("users_not_found");
				assertThat(ex.getMethod()).isEqualTo("users.lookupByEmail");
			});
	}

	@Test
	void missingRequiredArgumentFailsBeforeAnyHttpCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> slack().blocking().users().info((r) -> r.includeLocale(true)))
			.withMessageContaining("users.info")
			.withMessageContaining("'user'");
		StepVerifier.create(slack().users().lookupByEmail((r) -> r.email("")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("users.lookupByEmail")
				.hasMessageContaining("'email'"))
			.verify();
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

}
