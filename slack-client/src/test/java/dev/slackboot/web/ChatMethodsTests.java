package dev.slackboot.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.chat.ChatDeleteResponse;
import dev.slackboot.web.chat.ChatGetPermalinkResponse;
import dev.slackboot.web.chat.ChatPostEphemeralResponse;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import dev.slackboot.web.chat.ChatScheduleMessageResponse;
import dev.slackboot.web.chat.ChatUpdateResponse;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The typed {@code chat.*} methods against a real HTTP server: the Slack method, encoding, arguments and token
 * sent, the typed answer, required arguments, and the blocking forms.
 */
class ChatMethodsTests {

	private static final String TOKEN = "xoxb-test";

	private static final String JSON_UTF8 = "application/json;charset=UTF-8";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(TOKEN)
		.build();

	@Test
	void postMessageSendsTheAddedArgumentsUnderSlackNames() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.1\","
				+ "\"message\":{\"text\":\"hi\",\"bot_profile\":{\"id\":\"B1\",\"user_id\":\"U9\"}}}")));

		ChatPostMessageResponse response = this.client.chat()
			.postMessage((m) -> m.channel("C1")
				.markdownText("**hi**")
				.iconUrl("https://example.com/i.png")
				.linkNames(true)
				.parse("full")
				.asUser(false)
				.currentDraftLastUpdatedTs("0.5"))
			.block();

		assertThat(response.message().botProfile().userId()).isEqualTo("U9");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"markdown_text\":\"**hi**\","
					+ "\"icon_url\":\"https://example.com/i.png\",\"link_names\":true,\"parse\":\"full\","
					+ "\"as_user\":false,\"current_draft_last_updated_ts\":\"0.5\"}")));
	}

	@Test
	void postEphemeralIsPostedAsJson() {
		slack.stubFor(post("/api/chat.postEphemeral").willReturn(okJson("{\"ok\":true,\"message_ts\":\"2.000200\"}")));

		ChatPostEphemeralResponse response = this.client.chat()
			.postEphemeral((m) -> m.channel("C1")
				.user("U1")
				.text("only you")
				.threadTs("1.0")
				.blocks(List.of(Map.of("type", "divider")))
				.iconEmoji(":robot_face:"))
			.block();

		assertThat(response.messageTs()).isEqualTo("2.000200");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postEphemeral"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"only you\","
					+ "\"thread_ts\":\"1.0\",\"blocks\":[{\"type\":\"divider\"}],\"icon_emoji\":\":robot_face:\"}")));
	}

	@Test
	void updateIsPostedAsJsonWithFileIdsAsArray() {
		slack.stubFor(post("/api/chat.update").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.000100\","
				+ "\"text\":\"edited\",\"message\":{\"text\":\"edited\","
				+ "\"edited\":{\"user\":\"U1\",\"ts\":\"3.0\"}}}")));

		ChatUpdateResponse response = this.client.chat()
			.update((m) -> m.channel("C1")
				.ts("1.000100")
				.text("edited")
				.fileIds(List.of("F1", "F2"))
				.replyBroadcast(true))
			.block();

		assertThat(response.channel()).isEqualTo("C1");
		assertThat(response.ts()).isEqualTo("1.000100");
		assertThat(response.text()).isEqualTo("edited");
		assertThat(response.message().edited().path("ts").asString()).isEqualTo("3.0");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.update"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"ts\":\"1.000100\",\"text\":\"edited\","
					+ "\"file_ids\":[\"F1\",\"F2\"],\"reply_broadcast\":true}")));
	}

	@Test
	void deleteIsPostedAsJson() {
		slack.stubFor(post("/api/chat.delete")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.000100\"}")));

		ChatDeleteResponse response = this.client.chat().delete((m) -> m.channel("C1").ts("1.000100")).block();

		assertThat(response.channel()).isEqualTo("C1");
		assertThat(response.ts()).isEqualTo("1.000100");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.delete"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"ts\":\"1.000100\"}")));
	}

	@Test
	void getPermalinkIsSentAsGetWithQuery() {
		slack.stubFor(get(urlPathEqualTo("/api/chat.getPermalink")).willReturn(
				okJson("{\"ok\":true,\"channel\":\"C1\",\"permalink\":\"https://x.slack.com/archives/C1/p1000100\"}")));

		ChatGetPermalinkResponse response = this.client.chat()
			.getPermalink((m) -> m.channel("C1").messageTs("1.000100"))
			.block();

		assertThat(response.permalink()).isEqualTo("https://x.slack.com/archives/C1/p1000100");
		assertThat(response.channel()).isEqualTo("C1");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/chat.getPermalink"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("message_ts", equalTo("1.000100")));
	}

	@Test
	void scheduleMessageSendsPostAtAsEpochSeconds() {
		slack.stubFor(post("/api/chat.scheduleMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\","
				+ "\"scheduled_message_id\":\"Q1\",\"post_at\":1767225600,\"message\":{\"text\":\"later\"}}")));

		ChatScheduleMessageResponse response = this.client.chat()
			.scheduleMessage((m) -> m.channel("C1").postAt(Instant.parse("2026-01-01T00:00:00Z")).text("later"))
			.block();

		assertThat(response.scheduledMessageId()).isEqualTo("Q1");
		assertThat(response.postAt()).isEqualTo(1767225600L);
		assertThat(response.message().text()).isEqualTo("later");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.scheduleMessage"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo(JSON_UTF8))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"post_at\":1767225600,\"text\":\"later\"}")));
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("callsMissingAnArgument")
	void missingRequiredArgumentFailsBeforeAnyHttpCall(Function<SlackWebClient, Mono<?>> call, String missing) {
		assertThatIllegalArgumentException().isThrownBy(() -> call.apply(this.client).block())
			.withMessageContaining("'" + missing + "'");
		slack.verify(0, anyRequestedFor(anyUrl()));
	}

	static Stream<Arguments> callsMissingAnArgument() {
		return Stream.of(
				call("chat.postEphemeral", (c) -> c.chat().postEphemeral((m) -> m.channel("C1").text("x")), "user"),
				call("chat.postEphemeral", (c) -> c.chat().postEphemeral((m) -> m.user("U1").text("x")), "channel"),
				call("chat.update", (c) -> c.chat().update((m) -> m.channel("C1").text("x")), "ts"),
				call("chat.update", (c) -> c.chat().update((m) -> m.channel(" ").ts("1.0")), "channel"),
				call("chat.delete", (c) -> c.chat().delete((m) -> m.channel("C1")), "ts"),
				call("chat.getPermalink", (c) -> c.chat().getPermalink((m) -> m.channel("C1")), "message_ts"),
				call("chat.scheduleMessage", (c) -> c.chat().scheduleMessage((m) -> m.channel("C1").text("x")),
						"post_at"),
				call("chat.scheduleMessage",
						(c) -> c.chat().scheduleMessage((m) -> m.postAt(Instant.now()).text("x")), "channel"));
	}

	private static Arguments call(String method, Function<SlackWebClient, Mono<?>> call, String missing) {
		return Arguments.of(Named.of(method, call), missing);
	}

	@Test
	void blockingFormsReturnTheSameAnswers() {
		slack.stubFor(post("/api/chat.postEphemeral").willReturn(okJson("{\"ok\":true,\"message_ts\":\"2.0\"}")));
		slack.stubFor(post("/api/chat.update")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.0\",\"text\":\"b\",\"x\":1}")));
		slack.stubFor(post("/api/chat.delete").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.0\"}")));
		slack.stubFor(get(urlPathEqualTo("/api/chat.getPermalink"))
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"permalink\":\"https://p\"}")));
		slack.stubFor(post("/api/chat.scheduleMessage").willReturn(
				okJson("{\"ok\":true,\"channel\":\"C1\",\"scheduled_message_id\":\"Q1\",\"post_at\":5}")));
		slack.stubFor(post("/api/chat.postMessage")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"9.0\"}")));
		ChatMethods reactive = this.client.chat();
		BlockingChatMethods blocking = this.client.blocking().chat();

		assertThat(blocking.postEphemeral((m) -> m.channel("C1").user("U1").text("a")))
			.isEqualTo(reactive.postEphemeral((m) -> m.channel("C1").user("U1").text("a")).block())
			.extracting(ChatPostEphemeralResponse::messageTs)
			.isEqualTo("2.0");
		assertThat(blocking.update((m) -> m.channel("C1").ts("1.0").text("b")))
			.isEqualTo(reactive.update((m) -> m.channel("C1").ts("1.0").text("b")).block())
			.extracting(ChatUpdateResponse::text)
			.isEqualTo("b");
		assertThat(blocking.delete((m) -> m.channel("C1").ts("1.0")))
			.isEqualTo(reactive.delete((m) -> m.channel("C1").ts("1.0")).block())
			.extracting(ChatDeleteResponse::ts)
			.isEqualTo("1.0");
		assertThat(blocking.getPermalink((m) -> m.channel("C1").messageTs("1.0")))
			.isEqualTo(reactive.getPermalink((m) -> m.channel("C1").messageTs("1.0")).block())
			.extracting(ChatGetPermalinkResponse::permalink)
			.isEqualTo("https://p");
		assertThat(blocking.scheduleMessage((m) -> m.channel("C1").postAt(5L).text("c")))
			.isEqualTo(reactive.scheduleMessage((m) -> m.channel("C1").postAt(5L).text("c")).block())
			.extracting(ChatScheduleMessageResponse::scheduledMessageId)
			.isEqualTo("Q1");
		assertThat(blocking.postMessage((m) -> m.channel("C1").text("d")))
			.isEqualTo(reactive.postMessage((m) -> m.channel("C1").text("d")).block())
			.extracting(ChatPostMessageResponse::ts)
			.isEqualTo("9.0");
		slack.verify(2, postRequestedFor(urlPathEqualTo("/api/chat.update")));
	}

	@Test
	void blockingFormFailsOnAMissingArgumentBeforeAnyHttpCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.blocking().chat().delete((m) -> m.ts("1.0")))
			.withMessageContaining("'channel'");
		slack.verify(0, anyRequestedFor(anyUrl()));
	}

}
