package dev.slackboot.test.emulator;

import java.time.Duration;

import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.rtm.RtmConnectResponse;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RTM against the emulator, with a raw WebSocket client.
 */
class RtmTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	private RtmTestClient connect() {
		RtmTestClient client = RtmTestClient.connect(this.slack.rtm().connect().url());
		assertThat(client.next().path("type").asString()).isEqualTo("hello");
		return client;
	}

	@Test
	void connectAnswersASocketUrlWithSelfAndTeam() {
		RtmConnectResponse answer = this.slack.rtm().connect();
		assertThat(answer.url()).matches("ws://127\\.0\\.0\\.1:" + this.emulator.port() + "/rtm/[0-9a-f]{32}");
		assertThat(answer.self().id()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(answer.self().name()).isEqualTo("emulator-bot");
		assertThat(answer.team().id()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(answer.team().domain()).isEqualTo("emulator");
	}

	@Test
	void helloThenTheMessagesPostedAsUsers() {
		try (RtmTestClient rtm = connect()) {
			Message posted = this.emulator.postAsUser("general", "hello bot");
			JsonNode event = rtm.next();
			assertThat(event.path("type").asString()).isEqualTo("message");
			assertThat(event.path("channel").asString()).isEqualTo("C0GENERAL");
			assertThat(event.path("user").asString()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
			assertThat(event.path("text").asString()).isEqualTo("hello bot");
			assertThat(event.path("ts").asString()).isEqualTo(posted.ts());
			assertThat(event.path("team").asString()).isEqualTo(SlackEmulator.TEAM_ID);
			assertThat(event.has("bot_id")).isFalse();
			assertThat(this.emulator.rtmConnections()).isEqualTo(1);
		}
	}

	@Test
	void threadRepliesCarryThreadTs() {
		Message parent = this.emulator.postAsUser("general", "thread");
		try (RtmTestClient rtm = connect()) {
			this.emulator.replyAsUser("bob", "general", parent.ts(), "reply");
			JsonNode event = rtm.next();
			assertThat(event.path("thread_ts").asString()).isEqualTo(parent.ts());
			assertThat(event.path("parent_user_id").asString()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
		}
	}

	@Test
	void theBotsWebApiMessagesArePushedWithBotId() {
		try (RtmTestClient rtm = connect()) {
			this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("from the Web API"));
			JsonNode event = rtm.next();
			assertThat(event.path("text").asString()).isEqualTo("from the Web API");
			assertThat(event.path("user").asString()).isEqualTo(SlackEmulator.BOT_USER_ID);
			assertThat(event.path("bot_id").asString()).isEqualTo(SlackEmulator.BOT_ID);
		}
	}

	@Test
	void onlyEventsOfConversationsTheBotIsInArePushed() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.postAsUser("watercooler", "not for bots");
			this.emulator.postAsUser("general", "for everyone");
			assertThat(rtm.next().path("text").asString()).isEqualTo("for everyone");
		}
	}

	@Test
	void workspaceChangesArePushedAsEvents() {
		try (RtmTestClient rtm = connect()) {
			Message message = this.emulator.postAsUser("general", "react to me");
			rtm.next("message");
			this.emulator.react("bob", "general", message.ts(), "tada");
			JsonNode added = rtm.next();
			assertThat(added.path("type").asString()).isEqualTo("reaction_added");
			assertThat(added.path("user").asString()).isEqualTo("U0BOB");
			assertThat(added.path("reaction").asString()).isEqualTo("tada");
			assertThat(added.path("item_user").asString()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
			assertThat(added.path("item").path("ts").asString()).isEqualTo(message.ts());
			this.slack.reactions().add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("eyes"));
			assertThat(rtm.next().path("type").asString()).isEqualTo("reaction_added");
			this.slack.reactions().remove((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("eyes"));
			assertThat(rtm.next().path("type").asString()).isEqualTo("reaction_removed");
			this.slack.conversations().invite((r) -> r.channel("C0RANDOM").users("U0CAROL"));
			JsonNode joined = rtm.next();
			assertThat(joined.path("type").asString()).isEqualTo("member_joined_channel");
			assertThat(joined.path("user").asString()).isEqualTo("U0CAROL");
			assertThat(joined.path("inviter").asString()).isEqualTo(SlackEmulator.BOT_USER_ID);
			this.emulator.createChannel("announcements", false, "bob");
			JsonNode created = rtm.next("channel_created");
			assertThat(created.path("channel").path("name").asString()).isEqualTo("announcements");
			assertThat(created.path("channel").path("creator").asString()).isEqualTo("U0BOB");
			this.emulator.typing("carol", "general");
			JsonNode typing = rtm.next();
			assertThat(typing.path("type").asString()).isEqualTo("user_typing");
			assertThat(typing.path("user").asString()).isEqualTo("U0CAROL");
		}
	}

	@Test
	void emitPushesAnyEventUnchanged() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.emit("{\"type\":\"team_join\",\"user\":{\"id\":\"U0DAVE\",\"name\":\"dave\"}}");
			JsonNode event = rtm.next();
			assertThat(event.path("type").asString()).isEqualTo("team_join");
			assertThat(event.path("user").path("name").asString()).isEqualTo("dave");
		}
	}

	@Test
	void pingIsAnsweredWithPong() {
		try (RtmTestClient rtm = connect()) {
			rtm.send("{\"id\":7,\"type\":\"ping\",\"time\":1403299273342}");
			JsonNode pong = rtm.next();
			assertThat(pong.path("type").asString()).isEqualTo("pong");
			assertThat(pong.path("reply_to").asInt()).isEqualTo(7);
			assertThat(pong.path("time").asLong()).isEqualTo(1403299273342L);
		}
	}

	@Test
	void pingsGoUnansweredWhenAsked() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.stopAnsweringPings(true);
			rtm.send("{\"id\":1,\"type\":\"ping\"}");
			assertThat(rtm.poll(Duration.ofMillis(300))).isNull();
			this.emulator.stopAnsweringPings(false);
			rtm.send("{\"id\":2,\"type\":\"ping\"}");
			assertThat(rtm.next().path("reply_to").asInt()).isEqualTo(2);
		}
	}

	@Test
	void clientMessageIsPostedAndAnsweredWithReplyTo() {
		try (RtmTestClient rtm = connect()) {
			rtm.send("{\"id\":1,\"type\":\"message\",\"channel\":\"C0GENERAL\",\"text\":\"over RTM\"}");
			JsonNode reply = rtm.next((frame) -> frame.has("reply_to"));
			assertThat(reply.path("ok").asBoolean()).isTrue();
			assertThat(reply.path("reply_to").asInt()).isEqualTo(1);
			assertThat(reply.path("text").asString()).isEqualTo("over RTM");
			assertThat(this.emulator.messages("general")).singleElement().satisfies((message) -> {
				assertThat(message.ts()).isEqualTo(reply.path("ts").asString());
				assertThat(message.user()).isEqualTo(SlackEmulator.BOT_USER_ID);
				assertThat(message.text()).isEqualTo("over RTM");
			});
		}
	}

	@Test
	void clientMessageErrorsAreAnsweredWithReplyTo() {
		try (RtmTestClient rtm = connect()) {
			rtm.send("{\"id\":1,\"type\":\"message\",\"channel\":\"C0NOPE\",\"text\":\"hi\"}");
			rtm.send("{\"id\":2,\"type\":\"message\",\"channel\":\"C0GENERAL\"}");
			rtm.send("{\"id\":3,\"type\":\"message\",\"channel\":\"C0NOBOT\",\"text\":\"hi\"}");
			JsonNode notFound = rtm.next();
			assertThat(notFound.path("ok").asBoolean()).isFalse();
			assertThat(notFound.path("reply_to").asInt()).isEqualTo(1);
			assertThat(notFound.path("error").path("code").asInt()).isEqualTo(3);
			JsonNode noText = rtm.next();
			assertThat(noText.path("reply_to").asInt()).isEqualTo(2);
			assertThat(noText.path("error").path("msg").asString()).isEqualTo("message text is missing");
			JsonNode notIn = rtm.next();
			assertThat(notIn.path("reply_to").asInt()).isEqualTo(3);
			assertThat(notIn.path("error").path("code").asInt()).isEqualTo(4);
			assertThat(this.emulator.messages("general")).isEmpty();
		}
	}

	@Test
	void typingIsPassedOnToTheOtherMembersOnly() {
		try (RtmTestClient rtm = connect()) {
			rtm.send("{\"id\":1,\"type\":\"typing\",\"channel\":\"C0GENERAL\"}");
			assertThat(rtm.poll(Duration.ofMillis(300))).isNull();
		}
	}

	@Test
	void frameOver16KbIsRefusedWithAnErrorThenClosed() {
		try (RtmTestClient rtm = connect()) {
			String text = "x".repeat(17 * 1024);
			rtm.send("{\"id\":1,\"type\":\"message\",\"channel\":\"C0GENERAL\",\"text\":\"" + text + "\"}");
			JsonNode error = rtm.next();
			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("error").path("code").asInt()).isEqualTo(9);
			assertThat(rtm.awaitClose().code()).isEqualTo(WebSocketCloseStatus.MESSAGE_TOO_BIG.code());
			assertThat(this.emulator.messages("general")).isEmpty();
		}
	}

	@Test
	void socketUrlWorksOnce() {
		String url = this.slack.rtm().connect().url();
		try (RtmTestClient first = RtmTestClient.connect(url)) {
			assertThat(first.next().path("type").asString()).isEqualTo("hello");
			try (RtmTestClient second = RtmTestClient.connect(url)) {
				JsonNode error = second.next();
				assertThat(error.path("type").asString()).isEqualTo("error");
				assertThat(error.path("error").path("code").asInt()).isEqualTo(1);
				assertThat(error.path("error").path("msg").asString()).isEqualTo("Socket URL has expired");
				second.awaitEnd();
			}
		}
	}

	@Test
	void goodbyeIsSentThenTheSocketCloses() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.sendGoodbye();
			assertThat(rtm.next().path("type").asString()).isEqualTo("goodbye");
			assertThat(rtm.awaitClose().code()).isEqualTo(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code());
		}
	}

	@Test
	void dropSocketsEndsTheConnection() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.dropSockets();
			rtm.awaitEnd();
		}
	}

	@Test
	void malformedFrameIsSent() {
		try (RtmTestClient rtm = connect()) {
			this.emulator.sendMalformedFrame();
			String frame = rtm.nextText();
			assertThat(frame).startsWith("{");
			assertThat(isJson(frame)).isFalse();
		}
	}

	private static boolean isJson(String text) {
		try {
			EmulatorClients.JSON.readTree(text);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
