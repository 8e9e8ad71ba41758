package dev.slackboot.test.emulator;

import java.util.List;
import java.util.stream.IntStream;

import dev.slackboot.model.Conversation;
import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.conversations.ConversationsHistoryResponse;
import dev.slackboot.web.conversations.ConversationsJoinResponse;
import dev.slackboot.web.conversations.ConversationsListResponse;
import dev.slackboot.web.conversations.ConversationsMembersResponse;
import dev.slackboot.web.conversations.ConversationsOpenResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code conversations.*} methods against the emulator, through the typed client.
 */
class ConversationsApiTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void listShowsPublicChannelsByDefault() {
		List<Conversation> channels = this.slack.conversations().list().channels();
		assertThat(channels).extracting(Conversation::name).containsExactly("general", "random", "watercooler");
		assertThat(channels).extracting(Conversation::isMember).containsExactly(true, true, false);
		assertThat(channels.get(0).isGeneral()).isTrue();
		assertThat(channels.get(0).numMembers()).isEqualTo(4);
	}

	@Test
	void listShowsPrivateChannelsAndDirectMessagesTheBotIsIn() {
		this.emulator.createChannel("hr", true, "carol");
		List<Conversation> channels = this.slack.conversations()
			.list((r) -> r.types("private_channel,im"))
			.channels();
		assertThat(channels).extracting(Conversation::id).containsExactly("C0PRIVATE", "D0ALICE");
		assertThat(channels.get(1).isIm()).isTrue();
		assertThat(channels.get(1).user()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
	}

	@Test
	void listPagesWithCursor() {
		ConversationsListResponse first = this.slack.conversations().list((r) -> r.limit(2));
		assertThat(first.channels()).extracting(Conversation::name).containsExactly("general", "random");
		assertThat(first.nextCursor()).isNotBlank();
		ConversationsListResponse second = this.slack.conversations()
			.list((r) -> r.limit(2).cursor(first.nextCursor()));
		assertThat(second.channels()).extracting(Conversation::name).containsExactly("watercooler");
		assertThat(second.nextCursor()).isNull();
		assertThat(this.slack.conversations().listAll((r) -> r.limit(1)).map(Conversation::name))
			.containsExactly("general", "random", "watercooler");
	}

	@Test
	void unknownCursorIsInvalidCursor() {
		assertThat(failure(() -> this.slack.conversations().list((r) -> r.cursor("bm9wZQ=="))).getError())
			.isEqualTo("invalid_cursor");
	}

	@Test
	void listWithUnknownTypeIsInvalidTypes() {
		assertThat(failure(() -> this.slack.conversations().list((r) -> r.types("channels"))).getError())
			.isEqualTo("invalid_types");
	}

	@Test
	void infoDescribesAChannel() {
		Conversation channel = this.slack.conversations().info((r) -> r.channel("C0PRIVATE")).channel();
		assertThat(channel.name()).isEqualTo("secret-project");
		assertThat(channel.isPrivate()).isTrue();
		assertThat(channel.isMember()).isTrue();
		assertThat(failure(() -> this.slack.conversations().info((r) -> r.channel("C0NOPE"))).getError())
			.isEqualTo("channel_not_found");
	}

	@Test
	void historyIsNewestFirstAndPagesWithCursor() {
		IntStream.rangeClosed(1, 5).forEach((i) -> this.emulator.postAsUser("general", "message " + i));
		ConversationsHistoryResponse first = this.slack.conversations()
			.history((r) -> r.channel("C0GENERAL").limit(2));
		assertThat(first.messages()).extracting(Message::text).containsExactly("message 5", "message 4");
		assertThat(first.hasMore()).isTrue();
		ConversationsHistoryResponse second = this.slack.conversations()
			.history((r) -> r.channel("C0GENERAL").limit(2).cursor(first.nextCursor()));
		assertThat(second.messages()).extracting(Message::text).containsExactly("message 3", "message 2");
		assertThat(this.slack.conversations().historyAll((r) -> r.channel("C0GENERAL").limit(2)).map(Message::text))
			.containsExactly("message 5", "message 4", "message 3", "message 2", "message 1");
	}

	@Test
	void historyHonoursOldestAndLatest() {
		List<Message> posted = IntStream.rangeClosed(1, 4)
			.mapToObj((i) -> this.emulator.postAsUser("general", "message " + i))
			.toList();
		List<Message> between = this.slack.conversations()
			.history((r) -> r.channel("C0GENERAL").oldest(posted.get(0).ts()).latest(posted.get(3).ts()))
			.messages();
		assertThat(between).extracting(Message::text).containsExactly("message 3", "message 2");
		List<Message> inclusive = this.slack.conversations()
			.history((r) -> r.channel("C0GENERAL").oldest(posted.get(2).ts()).inclusive(true))
			.messages();
		assertThat(inclusive).extracting(Message::text).containsExactly("message 4", "message 3");
	}

	@Test
	void historyOfChannelWithoutTheBotIsNotInChannel() {
		assertThat(failure(() -> this.slack.conversations().history((r) -> r.channel("C0NOBOT"))).getError())
			.isEqualTo("not_in_channel");
	}

	@Test
	void repliesPageWithCursor() {
		Message parent = this.emulator.postAsUser("general", "thread");
		IntStream.rangeClosed(1, 3).forEach((i) -> this.emulator.replyAsUser("bob", "general", parent.ts(), "r" + i));
		assertThat(this.slack.conversations().repliesAll((r) -> r.channel("C0GENERAL").ts(parent.ts()).limit(2))
			.map(Message::text)).containsExactly("thread", "r1", "r2", "r3");
		assertThat(failure(() -> this.slack.conversations().replies((r) -> r.channel("C0GENERAL").ts("1.000002")))
			.getError()).isEqualTo("thread_not_found");
	}

	@Test
	void membersPageWithCursor() {
		ConversationsMembersResponse first = this.slack.conversations().members((r) -> r.channel("C0GENERAL").limit(3));
		assertThat(first.members()).containsExactly(SlackEmulator.BOT_USER_ID, "U0ALICE", "U0BOB");
		assertThat(first.nextCursor()).isNotBlank();
		assertThat(this.slack.conversations().membersAll((r) -> r.channel("C0GENERAL").limit(3)))
			.containsExactly(SlackEmulator.BOT_USER_ID, "U0ALICE", "U0BOB", "U0CAROL");
	}

	@Test
	void joinAddsTheBotAndLetsItPost() {
		ConversationsJoinResponse answer = this.slack.conversations().join((r) -> r.channel("C0NOBOT"));
		assertThat(answer.channel().isMember()).isTrue();
		assertThat(answer.warning()).isNull();
		assertThat(this.emulator.channel("watercooler").members()).contains(SlackEmulator.BOT_USER_ID);
		assertThat(this.emulator.messages("watercooler")).singleElement()
			.satisfies((message) -> assertThat(message.subtype()).isEqualTo("channel_join"));
		assertThat(this.slack.chat().postMessage((m) -> m.channel("C0NOBOT").text("hi")).ok()).isTrue();
		assertThat(this.slack.conversations().join((r) -> r.channel("C0NOBOT")).warning())
			.isEqualTo("already_in_channel");
	}

	@Test
	void joinOfPrivateChannelIsNotSupported() {
		assertThat(failure(() -> this.slack.conversations().join((r) -> r.channel("C0PRIVATE"))).getError())
			.isEqualTo("method_not_supported_for_channel_type");
	}

	@Test
	void openReturnsTheSameDirectMessageEachTime() {
		ConversationsOpenResponse first = this.slack.conversations().open((r) -> r.users("U0CAROL"));
		String id = first.channel().id();
		assertThat(id).startsWith("D");
		assertThat(first.alreadyOpen()).isNull();
		ConversationsOpenResponse again = this.slack.conversations().open((r) -> r.users("U0CAROL"));
		assertThat(again.channel().id()).isEqualTo(id);
		assertThat(again.alreadyOpen()).isTrue();
		assertThat(this.slack.conversations().open((r) -> r.users("U0ALICE")).channel().id()).isEqualTo("D0ALICE");
	}

	@Test
	void openOfUnknownUserIsUserNotFound() {
		assertThat(failure(() -> this.slack.conversations().open((r) -> r.users("U0NOBODY"))).getError())
			.isEqualTo("user_not_found");
		assertThat(failure(() -> this.slack.conversations().open((r) -> {
		})).getError())
			.isEqualTo("users_list_not_supplied");
	}

	@Test
	void createMakesAChannelWithTheBot() {
		Conversation created = this.slack.conversations().create((r) -> r.name("launch")).channel();
		assertThat(created.id()).startsWith("C");
		assertThat(created.name()).isEqualTo("launch");
		assertThat(created.isMember()).isTrue();
		assertThat(created.creator()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(failure(() -> this.slack.conversations().create((r) -> r.name("launch"))).getError())
			.isEqualTo("name_taken");
		assertThat(failure(() -> this.slack.conversations().create((r) -> r.name("Has Spaces"))).getError())
			.isEqualTo("invalid_name_specials");
	}

	@Test
	void inviteAddsMembers() {
		this.slack.conversations().invite((r) -> r.channel("C0RANDOM").users("U0CAROL"));
		assertThat(this.emulator.channel("random").members()).contains("U0CAROL");
		assertThat(failure(() -> this.slack.conversations().invite((r) -> r.channel("C0RANDOM").users("U0CAROL")))
			.getError()).isEqualTo("already_in_channel");
		assertThat(failure(() -> this.slack.conversations().invite((r) -> r.channel("C0RANDOM").users("U0NOBODY")))
			.getError()).isEqualTo("user_not_found");
		assertThat(failure(() -> this.slack.conversations().invite((r) -> r.channel("C0NOBOT").users("U0ALICE")))
			.getError()).isEqualTo("not_in_channel");
	}

}
