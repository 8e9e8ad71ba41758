package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.methods.response.reactions.ReactionsAddResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Conversation;
import com.slack.api.rtm.RTMClient;
import com.slack.api.rtm.message.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's official Java SDK ({@code com.slack.api}) against the emulator, unchanged but for its Web API URL
 * prefix: its MethodsClient calls and its RTMClient work as against Slack.
 */
class JavaSdkFidelityTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final Slack slack = Slack.getInstance(config(this.emulator));

	private final MethodsClient methods = this.slack.methods(this.emulator.botToken());

	@AfterEach
	void stop() throws Exception {
		this.slack.close();
		this.emulator.stop();
	}

	private static SlackConfig config(SlackEmulator emulator) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(emulator.baseUrl());
		return config;
	}

	@Test
	void authTest() throws Exception {
		AuthTestResponse answer = this.methods.authTest((r) -> r);
		assertThat(answer.isOk()).isTrue();
		assertThat(answer.getUserId()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(answer.getBotId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(answer.getTeamId()).isEqualTo(SlackEmulator.TEAM_ID);
	}

	@Test
	void chatPostMessageAndConversationsHistory() throws Exception {
		ChatPostMessageResponse posted = this.methods
			.chatPostMessage((r) -> r.channel("C0GENERAL").text("Hello from the Java SDK"));
		assertThat(posted.isOk()).isTrue();
		assertThat(posted.getChannel()).isEqualTo("C0GENERAL");
		assertThat(posted.getMessage().getText()).isEqualTo("Hello from the Java SDK");
		assertThat(posted.getMessage().getBotId()).isEqualTo(SlackEmulator.BOT_ID);
		this.emulator.replyAsUser("bob", "general", posted.getTs(), "thanks");
		ConversationsHistoryResponse history = this.methods.conversationsHistory((r) -> r.channel("C0GENERAL"));
		assertThat(history.isOk()).isTrue();
		assertThat(history.getMessages()).singleElement().satisfies((message) -> {
			assertThat(message.getTs()).isEqualTo(posted.getTs());
			assertThat(message.getReplyCount()).isEqualTo(1);
			assertThat(message.getReplyUsers()).containsExactly("U0BOB");
		});
	}

	@Test
	void errorsComeBackInTheSdksEnvelope() throws Exception {
		ChatPostMessageResponse notInChannel = this.methods.chatPostMessage((r) -> r.channel("C0NOBOT").text("hi"));
		assertThat(notInChannel.isOk()).isFalse();
		assertThat(notInChannel.getError()).isEqualTo("not_in_channel");
		try (SlackEmulator readOnly = SlackEmulator.builder().token("xoxb-read-only", "channels:read").build().start();
				Slack sdk = Slack.getInstance(config(readOnly))) {
			ChatPostMessageResponse missingScope = sdk.methods("xoxb-read-only")
				.chatPostMessage((r) -> r.channel("C0GENERAL").text("hi"));
			assertThat(missingScope.getError()).isEqualTo("missing_scope");
			assertThat(missingScope.getNeeded()).isEqualTo("chat:write");
			assertThat(missingScope.getProvided()).isEqualTo("channels:read");
		}
	}

	@Test
	void conversationsListPagesWithTheSdksCursor() throws Exception {
		ConversationsListResponse first = this.methods.conversationsList((r) -> r.limit(2));
		assertThat(first.getChannels()).extracting(Conversation::getName).containsExactly("general", "random");
		String cursor = first.getResponseMetadata().getNextCursor();
		ConversationsListResponse second = this.methods.conversationsList((r) -> r.limit(2).cursor(cursor));
		assertThat(second.getChannels()).extracting(Conversation::getName).containsExactly("watercooler");
		assertThat(second.getResponseMetadata().getNextCursor()).isEmpty();
		assertThat(first.getChannels().get(0).isGeneral()).isTrue();
		assertThat(first.getChannels().get(0).isMember()).isTrue();
	}

	@Test
	void usersInfo() throws Exception {
		UsersInfoResponse answer = this.methods.usersInfo((r) -> r.user("U0ALICE"));
		assertThat(answer.isOk()).isTrue();
		assertThat(answer.getUser().getName()).isEqualTo("alice");
		assertThat(answer.getUser().getRealName()).isEqualTo("Alice Archer");
		assertThat(answer.getUser().getProfile().getEmail()).isEqualTo("alice@example.com");
		assertThat(answer.getUser().isBot()).isFalse();
	}

	@Test
	void reactionsAdd() throws Exception {
		String ts = this.emulator.postAsUser("general", "react").ts();
		ReactionsAddResponse answer = this.methods
			.reactionsAdd((r) -> r.channel("C0GENERAL").timestamp(ts).name("thumbsup"));
		assertThat(answer.isOk()).isTrue();
		assertThat(this.emulator.messages("general").get(0).reactions()).singleElement()
			.satisfies((reaction) -> assertThat(reaction.users()).containsExactly(SlackEmulator.BOT_USER_ID));
		assertThat(this.methods.reactionsAdd((r) -> r.channel("C0GENERAL").timestamp(ts).name("thumbsup")).getError())
			.isEqualTo("already_reacted");
	}

	@Test
	void rtmClientConnectsReceivesHelloAndMessagesAndSends() throws Exception {
		BlockingQueue<String> frames = new LinkedBlockingQueue<>();
		try (RTMClient rtm = this.slack.rtmConnect(this.emulator.botToken())) {
			rtm.addMessageHandler(frames::add);
			rtm.connect();
			assertThat(rtm.getConnectedBotUser().getId()).isEqualTo(SlackEmulator.BOT_USER_ID);
			assertThat(next(frames, (frame) -> true).path("type").asString()).isEqualTo("hello");
			this.emulator.postAsUser("general", "hello bot");
			JsonNode event = next(frames, (frame) -> true);
			assertThat(event.path("type").asString()).isEqualTo("message");
			assertThat(event.path("text").asString()).isEqualTo("hello bot");
			assertThat(event.path("channel").asString()).isEqualTo("C0GENERAL");
			rtm.sendMessage(Message.builder().id(42L).channel("C0GENERAL").text("hi from the SDK").build().toJSONString());
			JsonNode reply = next(frames, (frame) -> frame.has("reply_to"));
			assertThat(reply.path("ok").asBoolean()).isTrue();
			assertThat(reply.path("reply_to").asLong()).isEqualTo(42L);
			assertThat(this.emulator.awaitMessage((message) -> "hi from the SDK".equals(message.text()),
					Duration.ofSeconds(5)).user()).isEqualTo(SlackEmulator.BOT_USER_ID);
		}
	}

	private static JsonNode next(BlockingQueue<String> frames, Predicate<JsonNode> predicate)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			String frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (frame != null) {
				JsonNode node = EmulatorClients.JSON.readTree(frame);
				if (predicate.test(node)) {
					return node;
				}
			}
		}
		throw new AssertionError("The SDK's RTMClient received no matching frame within 5 s");
	}

}
