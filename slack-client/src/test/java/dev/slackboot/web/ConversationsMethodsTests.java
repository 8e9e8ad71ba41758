package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.model.Conversation;
import dev.slackboot.web.conversations.ConversationsCreateResponse;
import dev.slackboot.web.conversations.ConversationsHistoryResponse;
import dev.slackboot.web.conversations.ConversationsInfoResponse;
import dev.slackboot.web.conversations.ConversationsInviteResponse;
import dev.slackboot.web.conversations.ConversationsJoinResponse;
import dev.slackboot.web.conversations.ConversationsMembersResponse;
import dev.slackboot.web.conversations.ConversationsOpenResponse;
import dev.slackboot.web.conversations.ConversationsRepliesResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The {@code conversations.*} methods against a real HTTP server: the right Slack method with the right
 * encoding (read methods as a GET query, write methods as a UTF-8 JSON body), the arguments and the bearer token,
 * and typed answers back.
 */
class ConversationsMethodsTests {

	private static final String JSON_UTF8 = "(?i)application/json; ?charset=utf-8";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SlackWebClient slack() {
		return SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
	}

	@Test
	void listSendsGetWithQueryAndReadsChannels() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.list")).willReturn(okJson("""
				{"ok": true, "channels": [
				  {"id": "C1", "name": "general", "is_channel": true, "is_general": true, "num_members": 42,
				   "topic": {"value": "Company news", "creator": "U9", "last_set": 1700000000}},
				  {"id": "G2", "name": "secret", "is_private": true, "created": 1600000000}],
				 "response_metadata": {"next_cursor": "dGVhbTpDMg=="}}
				""")));

		StepVerifier.create(slack().conversations()
			.list((r) -> r.types("public_channel,private_channel").excludeArchived(true).limit(200)))
			.assertNext((response) -> {
				assertThat(response.channels()).extracting(Conversation::id).containsExactly("C1", "G2");
				Conversation general = response.channels().get(0);
				assertThat(general.isGeneral()).isTrue();
				assertThat(general.numMembers()).isEqualTo(42);
				assertThat(general.topic().value()).isEqualTo("Company news");
				assertThat(general.topic().lastSet()).isEqualTo(1700000000L);
				assertThat(response.channels().get(1).isPrivate()).isTrue();
				assertThat(response.nextCursor()).isEqualTo("dGVhbTpDMg==");
			})
			.verifyComplete();

		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/conversations.list"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("types", equalTo("public_channel,private_channel"))
			.withQueryParam("exclude_archived", equalTo("true"))
			.withQueryParam("limit", equalTo("200"))
			.withQueryParam("cursor", absent())
			.withQueryParam("token", absent()));
	}

	@Test
	void infoSendsChannelAsQueryAndReadsConversation() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.info")).willReturn(okJson("""
				{"ok": true, "channel": {"id": "C1", "name": "general", "is_member": true, "num_members": 7,
				 "purpose": {"value": "Everyone", "creator": "U1", "last_set": 0}, "locale": "en-US"}}
				""")));

		ConversationsInfoResponse response = slack().blocking()
			.conversations()
			.info((r) -> r.channel("C1").includeNumMembers(true).includeLocale(true));

		assertThat(response.channel().isMember()).isTrue();
		assertThat(response.channel().numMembers()).isEqualTo(7);
		assertThat(response.channel().purpose().value()).isEqualTo("Everyone");
		assertThat(response.channel().locale()).isEqualTo("en-US");
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/conversations.info"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("include_num_members", equalTo("true"))
			.withQueryParam("include_locale", equalTo("true")));
	}

	@Test
	void infoOfUnknownChannelFailsWithSlacksError() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.info"))
			.willReturn(okJson("{\"ok\": false, \"error\": \"channel_not_found\"}")));

		assertThatExceptionOfType(SlackApiException.class)
			.isThrownBy(() -> slack().blocking().conversations().info((r) -> r.channel("C404")))
			.satisfies((ex) -> {
				assertThat(ex.getError()).isEqualTo("channel_not_found");
				assertThat(ex.getMethod()).isEqualTo("conversations.info");
			});
	}

	@Test
	void historySendsBoundsAsQueryAndReadsMessages() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.history")).willReturn(okJson("""
				{"ok": true, "messages": [
				  {"type": "message", "user": "U1", "text": "second", "ts": "1700000002.000200"},
				  {"type": "message", "user": "U2", "text": "first", "ts": "1700000001.000100", "reply_count": 3}],
				 "has_more": true, "pin_count": 1, "response_metadata": {"next_cursor": "bmV4dA=="}}
				""")));

		ConversationsHistoryResponse response = slack().conversations()
			.history((r) -> r.channel("C1").oldest("1700000000.000000").inclusive(true).limit(2))
			.block();

		assertThat(response.messages()).extracting("text").containsExactly("second", "first");
		assertThat(response.messages().get(1).replyCount()).isEqualTo(3);
		assertThat(response.hasMore()).isTrue();
		assertThat(response.nextCursor()).isEqualTo("bmV4dA==");
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/conversations.history"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("oldest", equalTo("1700000000.000000"))
			.withQueryParam("inclusive", equalTo("true"))
			.withQueryParam("limit", equalTo("2")));
	}

	@Test
	void repliesSendsThreadAsQueryAndReadsMessages() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.replies")).willReturn(okJson("""
				{"ok": true, "messages": [
				  {"type": "message", "user": "U1", "text": "parent", "ts": "1.000100", "thread_ts": "1.000100"},
				  {"type": "message", "user": "U2", "text": "reply", "ts": "2.000200", "thread_ts": "1.000100",
				   "parent_user_id": "U1"}],
				 "has_more": false}
				""")));

		ConversationsRepliesResponse response = slack().blocking()
			.conversations()
			.replies((r) -> r.channel("C1").ts("1.000100"));

		assertThat(response.messages()).extracting("text").containsExactly("parent", "reply");
		assertThat(response.messages().get(1).parentUserId()).isEqualTo("U1");
		assertThat(response.hasMore()).isFalse();
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/conversations.replies"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("ts", equalTo("1.000100")));
	}

	@Test
	void membersSendsChannelAsQueryAndReadsUserIds() {
		wireMock.stubFor(get(urlPathEqualTo("/api/conversations.members")).willReturn(okJson("""
				{"ok": true, "members": ["U1", "U2", "W3"], "response_metadata": {"next_cursor": ""}}
				""")));

		ConversationsMembersResponse response = slack().conversations().members((r) -> r.channel("C1")).block();

		assertThat(response.members()).containsExactly("U1", "U2", "W3");
		assertThat(response.nextCursor()).isNull();
		wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/conversations.members"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withQueryParam("channel", equalTo("C1")));
	}

	@Test
	void joinPostsJsonAndReadsChannel() {
		wireMock.stubFor(post(urlPathEqualTo("/api/conversations.join")).willReturn(okJson("""
				{"ok": true, "channel": {"id": "C1", "name": "general", "is_member": true},
				 "warning": "already_in_channel",
				 "response_metadata": {"warnings": ["already_in_channel"]}}
				""")));

		ConversationsJoinResponse response = slack().blocking().conversations().join((r) -> r.channel("C1"));

		assertThat(response.channel().isMember()).isTrue();
		assertThat(response.warning()).isEqualTo("already_in_channel");
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.join"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", matching(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\": \"C1\"}")));
	}

	@Test
	void openPostsJsonAndReadsDirectMessage() {
		wireMock.stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(okJson("""
				{"ok": true, "no_op": true, "already_open": true,
				 "channel": {"id": "D1", "is_im": true, "user": "U2", "is_open": true, "unread_count": 0,
				  "latest": {"type": "message", "user": "U2", "text": "hi", "ts": "5.000500"}}}
				""")));

		ConversationsOpenResponse response = slack().conversations()
			.open((r) -> r.users("U2").returnIm(true))
			.block();

		assertThat(response.channel().id()).isEqualTo("D1");
		assertThat(response.channel().isIm()).isTrue();
		assertThat(response.channel().user()).isEqualTo("U2");
		assertThat(response.channel().latest().text()).isEqualTo("hi");
		assertThat(response.alreadyOpen()).isTrue();
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.open"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", matching(JSON_UTF8))
			.withRequestBody(equalToJson("{\"users\": \"U2\", \"return_im\": true}")));
	}

	@Test
	void createPostsJsonAndReadsNewChannel() {
		wireMock.stubFor(post(urlPathEqualTo("/api/conversations.create")).willReturn(okJson("""
				{"ok": true, "channel": {"id": "C9", "name": "release-42", "is_private": true,
				 "creator": "U1", "created": 1700000000}}
				""")));

		ConversationsCreateResponse response = slack().blocking()
			.conversations()
			.create((r) -> r.name("release-42").isPrivate(true).teamId("T1"));

		assertThat(response.channel().id()).isEqualTo("C9");
		assertThat(response.channel().isPrivate()).isTrue();
		assertThat(response.channel().created()).isEqualTo(1700000000L);
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.create"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", matching(JSON_UTF8))
			.withRequestBody(equalToJson("{\"name\": \"release-42\", \"is_private\": true, \"team_id\": \"T1\"}")));
	}

	@Test
	void invitePostsJsonAndReadsPerUserFailures() {
		wireMock.stubFor(post(urlPathEqualTo("/api/conversations.invite")).willReturn(okJson("""
				{"ok": true, "channel": {"id": "C1", "name": "général"},
				 "errors": [{"ok": false, "error": "user_is_bot", "user": "U3"}]}
				""")));

		ConversationsInviteResponse response = slack().conversations()
			.invite((r) -> r.channel("C1").users("U1,U2,U3").force(true))
			.block();

		assertThat(response.channel().name()).isEqualTo("général");
		assertThat(response.errors()).singleElement().satisfies((failure) -> {
			assertThat(failure.user()).isEqualTo("U3");
			assertThat(failure.error()).isEqualTo("user_is_bot");
		});
		wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.invite"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", matching(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\": \"C1\", \"users\": \"U1,U2,U3\", \"force\": true}")));
	}

	@Test
	void missingRequiredArgumentFailsBeforeAnyHttpCall() {
		BlockingConversationsMethods conversations = slack().blocking().conversations();

		assertThatIllegalArgumentException().isThrownBy(() -> conversations.info((r) -> r.includeLocale(true)))
			.withMessageContaining("conversations.info")
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.history((r) -> r.limit(10)))
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.replies((r) -> r.channel("C1")))
			.withMessageContaining("conversations.replies")
			.withMessageContaining("'ts'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.members((r) -> r.limit(10)))
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.join((r) -> r.channel(" ")))
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.create((r) -> r.isPrivate(true)))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> conversations.invite((r) -> r.channel("C1")))
			.withMessageContaining("'users'");
		StepVerifier.create(slack().conversations().historyAll((r) -> r.limit(10)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'channel'"))
			.verify();
		wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

}
