package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import dev.slackboot.web.chat.ChatScheduleMessageResponse;
import dev.slackboot.web.chat.ChatUpdateResponse;
import dev.slackboot.web.conversations.ConversationsRepliesResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@code chat.*} methods against the emulator, through the typed client.
 */
class ChatApiTests {

	private final SlackEmulator emulator = SlackEmulator.builder()
		.token("xoxb-public-writer", "chat:write", "chat:write.public")
		.build()
		.start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void postMessageStoresTheBotsMessageAndAnswersIt() {
		ChatPostMessageResponse answer = this.slack.chat()
			.postMessage((m) -> m.channel("C0GENERAL").text("Hello <@U0ALICE>"));
		assertThat(answer.channel()).isEqualTo("C0GENERAL");
		assertThat(answer.ts()).matches("\\d{10}\\.\\d{6}");
		Message message = answer.message();
		assertThat(message.text()).isEqualTo("Hello <@U0ALICE>");
		assertThat(message.user()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(message.botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(message.botProfile().id()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(this.emulator.messages("general")).singleElement()
			.satisfies((stored) -> assertThat(stored.ts()).isEqualTo(answer.ts()));
	}

	@Test
	void postMessageAcceptsChannelNamesAndUserIds() {
		assertThat(this.slack.chat().postMessage((m) -> m.channel("#random").text("by name")).channel())
			.isEqualTo("C0RANDOM");
		String dm = this.slack.chat().postMessage((m) -> m.channel("U0BOB").text("psst")).channel();
		assertThat(dm).startsWith("D");
		assertThat(this.emulator.channel(dm).members()).containsExactlyInAnyOrder(SlackEmulator.BOT_USER_ID, "U0BOB");
	}

	@Test
	void postMessageWithBlocksOnly() {
		List<Map<String, Object>> blocks = List.of(Map.of("type", "section", "text",
				Map.of("type", "mrkdwn", "text", "*bold*")));
		Message message = this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").blocks(blocks)).message();
		assertThat(message.blocks()).singleElement()
			.satisfies((block) -> assertThat(block.path("text").path("text").asString()).isEqualTo("*bold*"));
	}

	@Test
	void postMessageToUnknownChannelIsChannelNotFound() {
		assertThat(failure(() -> this.slack.chat().postMessage((m) -> m.channel("C0NOPE").text("hi"))).getError())
			.isEqualTo("channel_not_found");
	}

	@Test
	void postMessageToPrivateChannelOfOthersIsChannelNotFound() {
		this.emulator.createChannel("hr", true, "carol");
		assertThat(failure(() -> this.slack.chat().postMessage((m) -> m.channel("hr").text("hi"))).getError())
			.isEqualTo("channel_not_found");
	}

	@Test
	void postMessageToChannelWithoutTheBotIsNotInChannel() {
		assertThat(failure(() -> this.slack.chat().postMessage((m) -> m.channel("C0NOBOT").text("hi"))).getError())
			.isEqualTo("not_in_channel");
	}

	@Test
	void postMessageToPublicChannelWithoutTheBotWorksWithChatWritePublic() {
		BlockingSlackWebClient publicWriter = client(this.emulator, "xoxb-public-writer").blocking();
		assertThat(publicWriter.chat().postMessage((m) -> m.channel("C0NOBOT").text("hi")).ok()).isTrue();
	}

	@Test
	void postMessageWithoutTextIsNoText() {
		assertThat(failure(() -> this.slack.chat().postMessage((m) -> m.channel("C0GENERAL"))).getError())
			.isEqualTo("no_text");
	}

	@Test
	void postMessageOverFortyThousandCharactersIsMsgTooLong() {
		String text = "x".repeat(40_001);
		assertThat(failure(() -> this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text(text))).getError())
			.isEqualTo("msg_too_long");
	}

	@Test
	void repliesFormAThreadOnTheParent() {
		Message parent = this.emulator.postAsUser("general", "question?");
		String first = this.slack.chat()
			.postMessage((m) -> m.channel("C0GENERAL").threadTs(parent.ts()).text("answer 1"))
			.ts();
		this.emulator.replyAsUser("bob", "general", parent.ts(), "answer 2");
		ConversationsRepliesResponse thread = this.slack.conversations()
			.replies((r) -> r.channel("C0GENERAL").ts(parent.ts()));
		assertThat(thread.messages()).extracting(Message::text).containsExactly("question?", "answer 1", "answer 2");
		Message root = thread.messages().get(0);
		assertThat(root.replyCount()).isEqualTo(2);
		assertThat(root.replyUsers()).containsExactly(SlackEmulator.BOT_USER_ID, "U0BOB");
		assertThat(root.threadTs()).isEqualTo(parent.ts());
		Message reply = thread.messages().get(1);
		assertThat(reply.ts()).isEqualTo(first);
		assertThat(reply.threadTs()).isEqualTo(parent.ts());
		assertThat(reply.parentUserId()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
		assertThat(this.slack.conversations().history((h) -> h.channel("C0GENERAL")).messages())
			.extracting(Message::text)
			.containsExactly("question?");
	}

	@Test
	void broadcastReplyShowsInTheChannel() {
		Message parent = this.emulator.postAsUser("general", "question?");
		this.slack.chat()
			.postMessage((m) -> m.channel("C0GENERAL").threadTs(parent.ts()).replyBroadcast(true).text("for all"));
		assertThat(this.slack.conversations().history((h) -> h.channel("C0GENERAL")).messages())
			.extracting(Message::text, Message::subtype)
			.containsExactly(tuple("for all", "thread_broadcast"),
					tuple("question?", null));
	}

	@Test
	void updateChangesTheBotsMessage() {
		String ts = this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("draft")).ts();
		ChatUpdateResponse answer = this.slack.chat().update((m) -> m.channel("C0GENERAL").ts(ts).text("final"));
		assertThat(answer.ts()).isEqualTo(ts);
		assertThat(answer.text()).isEqualTo("final");
		assertThat(this.emulator.messages("general")).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("final");
			assertThat(message.edited().path("user").asString()).isEqualTo(SlackEmulator.BOT_USER_ID);
		});
	}

	@Test
	void updateOfSomeoneElsesMessageIsCantUpdateMessage() {
		Message alices = this.emulator.postAsUser("general", "mine");
		assertThat(failure(() -> this.slack.chat().update((m) -> m.channel("C0GENERAL").ts(alices.ts()).text("x")))
			.getError()).isEqualTo("cant_update_message");
	}

	@Test
	void updateOfUnknownMessageIsMessageNotFound() {
		assertThat(failure(() -> this.slack.chat().update((m) -> m.channel("C0GENERAL").ts("1.000001").text("x")))
			.getError()).isEqualTo("message_not_found");
	}

	@Test
	void deleteRemovesTheBotsMessageOnly() {
		String ts = this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("oops")).ts();
		Message alices = this.emulator.postAsUser("general", "mine");
		assertThat(this.slack.chat().delete((m) -> m.channel("C0GENERAL").ts(ts)).ts()).isEqualTo(ts);
		assertThat(failure(() -> this.slack.chat().delete((m) -> m.channel("C0GENERAL").ts(alices.ts()))).getError())
			.isEqualTo("cant_delete_message");
		assertThat(failure(() -> this.slack.chat().delete((m) -> m.channel("C0GENERAL").ts(ts))).getError())
			.isEqualTo("message_not_found");
		assertThat(this.emulator.messages("general")).extracting(Message::text).containsExactly("mine");
	}

	@Test
	void getPermalinkPointsAtTheMessage() {
		Message message = this.emulator.postAsUser("general", "link me");
		String permalink = this.slack.chat()
			.getPermalink((m) -> m.channel("C0GENERAL").messageTs(message.ts()))
			.permalink();
		assertThat(permalink).isEqualTo(this.emulator.rootUrl() + "archives/C0GENERAL/p" + message.ts().replace(".", ""));
	}

	@Test
	void postEphemeralAnswersATimestampWithoutStoringTheMessage() {
		assertThat(this.slack.chat().postEphemeral((m) -> m.channel("C0GENERAL").user("U0BOB").text("psst")).messageTs())
			.isNotBlank();
		assertThat(this.emulator.messages("general")).isEmpty();
		assertThat(failure(() -> this.slack.chat().postEphemeral((m) -> m.channel("C0RANDOM").user("U0CAROL").text("x")))
			.getError()).isEqualTo("user_not_in_channel");
	}

	@Test
	void scheduledMessageIsPostedWhenDue() {
		long postAt = System.currentTimeMillis() / 1000 + 2;
		ChatScheduleMessageResponse answer = this.slack.chat()
			.scheduleMessage((m) -> m.channel("C0GENERAL").postAt(postAt).text("later"));
		assertThat(answer.scheduledMessageId()).startsWith("Q");
		assertThat(answer.postAt()).isEqualTo(postAt);
		assertThat(this.emulator.messages("general")).isEmpty();
		Message posted = this.emulator.awaitMessage((m) -> "later".equals(m.text()), Duration.ofSeconds(5));
		assertThat(posted.botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(failure(() -> this.slack.chat().scheduleMessage((m) -> m.channel("C0GENERAL").postAt(1L).text("x")))
			.getError()).isEqualTo("time_in_past");
	}

}
