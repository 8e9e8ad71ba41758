package dev.slackboot.test.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static dev.slackboot.test.emulator.EmulatorClients.json;
import static dev.slackboot.test.emulator.EmulatorClients.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control API as JSON over HTTP.
 */
class ControlApiHttpTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	private HttpResponse<String> control(String path, String body) {
		return EmulatorClients.post(this.emulator.rootUrl() + "_emulator/" + path, "application/json", body);
	}

	@Test
	void workspaceDescribesTeamUsersAndChannels() {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.emulator.rootUrl() + "_emulator/workspace")));
		JsonNode workspace = json(response);
		assertThat(workspace.path("team").path("id").asString()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(workspace.path("bot").path("bot_id").asString()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(workspace.path("web_api_base_url").asString()).isEqualTo(this.emulator.baseUrl());
		assertThat(workspace.path("users").size()).isEqualTo(4);
		assertThat(workspace.path("channels").size()).isEqualTo(5);
		assertThat(response.body()).doesNotContain(this.emulator.botToken());
	}

	@Test
	void postAsUserStoresTheMessageForTheBotToRead() {
		JsonNode posted = json(control("messages", "{\"user\":\"bob\",\"channel\":\"general\",\"text\":\"hi bot\"}"));
		assertThat(posted.path("ok").asBoolean()).isTrue();
		assertThat(posted.path("message").path("user").asString()).isEqualTo("U0BOB");
		assertThat(this.slack.conversations().history((r) -> r.channel("C0GENERAL")).messages())
			.extracting(Message::text)
			.containsExactly("hi bot");
		JsonNode reply = json(control("messages", "{\"channel\":\"general\",\"text\":\"same thread\",\"thread_ts\":\""
				+ posted.path("message").path("ts").asString() + "\"}"));
		assertThat(reply.path("message").path("thread_ts").asString())
			.isEqualTo(posted.path("message").path("ts").asString());
	}

	@Test
	void messagesListsAChannelsMessages() {
		this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("from the bot"));
		JsonNode messages = json(send(
				HttpRequest.newBuilder(URI.create(this.emulator.rootUrl() + "_emulator/messages?channel=general"))));
		assertThat(messages.path("messages").get(0).path("text").asString()).isEqualTo("from the bot");
		assertThat(messages.path("messages").get(0).path("bot_id").asString()).isEqualTo(SlackEmulator.BOT_ID);
	}

	@Test
	void awaitAnswersWhenAMatchingMessageIsPosted() {
		CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> control(
				"messages/await", "{\"channel\":\"general\",\"from_bot\":true,\"text_contains\":\"answer\"}"));
		this.emulator.postAsUser("general", "question");
		this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("the answer"));
		HttpResponse<String> response = waiting.join();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("message").path("text").asString()).isEqualTo("the answer");
	}

	@Test
	void awaitTimesOutWith408() {
		HttpResponse<String> response = control("messages/await", "{\"text_contains\":\"never\",\"timeout_ms\":200}");
		assertThat(response.statusCode()).isEqualTo(408);
		assertThat(json(response).path("ok").asBoolean()).isFalse();
	}

	@Test
	void reactionsTypingChannelsAndEventsReachRtm() {
		Message message = this.emulator.postAsUser("general", "react");
		try (RtmTestClient rtm = RtmTestClient.connect(this.slack.rtm().connect().url())) {
			rtm.next("hello");
			control("reactions", "{\"user\":\"carol\",\"channel\":\"general\",\"ts\":\"" + message.ts()
					+ "\",\"name\":\"wave\"}");
			assertThat(rtm.next().path("type").asString()).isEqualTo("reaction_added");
			control("typing", "{\"user\":\"bob\",\"channel\":\"general\"}");
			assertThat(rtm.next().path("type").asString()).isEqualTo("user_typing");
			JsonNode created = json(control("channels", "{\"name\":\"ops\",\"members\":[\"bob\",\"emulator-bot\"]}"));
			assertThat(created.path("channel").path("members").size()).isEqualTo(2);
			assertThat(rtm.next().path("type").asString()).isEqualTo("channel_created");
			control("events", "{\"type\":\"emoji_changed\",\"subtype\":\"add\",\"name\":\"party\"}");
			assertThat(rtm.next().path("type").asString()).isEqualTo("emoji_changed");
			control("faults/goodbye", "");
			assertThat(rtm.next().path("type").asString()).isEqualTo("goodbye");
		}
	}

	@Test
	void failNextCallsAndRateLimitsAreSwitchable() {
		control("faults/fail-next-calls", "{\"count\":1,\"status\":500}");
		assertThat(failure(() -> this.slack.auth().test()).getHttpStatus()).isEqualTo(500);
		assertThat(this.slack.auth().test().ok()).isTrue();
		control("rate-limits", "{\"enabled\":true}");
		this.slack.rtm().connect();
		assertThat(failure(() -> this.slack.rtm().connect()).getHttpStatus()).isEqualTo(429);
	}

	@Test
	void badRequestsAreAnswered400() {
		HttpResponse<String> unknownChannel = control("messages", "{\"channel\":\"nope\",\"text\":\"hi\"}");
		assertThat(unknownChannel.statusCode()).isEqualTo(400);
		assertThat(json(unknownChannel).path("error").asString()).contains("nope");
		assertThat(control("messages", "{\"channel\":\"general\"}").statusCode()).isEqualTo(400);
		assertThat(control("messages", "{not json").statusCode()).isEqualTo(400);
		HttpResponse<String> notMember = control("messages", "{\"user\":\"carol\",\"channel\":\"random\",\"text\":\"hi\"}");
		assertThat(json(notMember).path("error").asString()).contains("not a member");
	}

}
