package dev.slackboot.web;

import dev.slackboot.model.Conversation;
import dev.slackboot.model.Message;
import dev.slackboot.web.conversations.ConversationsCreateResponse;
import dev.slackboot.web.conversations.ConversationsHistoryResponse;
import dev.slackboot.web.conversations.ConversationsInfoResponse;
import dev.slackboot.web.conversations.ConversationsInviteResponse;
import dev.slackboot.web.conversations.ConversationsJoinResponse;
import dev.slackboot.web.conversations.ConversationsListResponse;
import dev.slackboot.web.conversations.ConversationsMembersResponse;
import dev.slackboot.web.conversations.ConversationsOpenResponse;
import dev.slackboot.web.conversations.ConversationsRepliesResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code conversations.*} methods read into typed responses without losing a
 * field, with the values bot code reads bound to their components.
 */
class ConversationsCorpusTests {

	@Test
	void conversationsList() {
		ConversationsListResponse response = CorpusRoundTrip.assertRoundTrip("conversations.list",
				ConversationsListResponse.class);
		assertThat(response.channels()).singleElement().satisfies((channel) -> {
			assertThat(channel.id()).isEqualTo("D00000000");
			assertThat(channel.user()).isEqualTo("U00000000");
			assertThat(channel.created()).isEqualTo(12345L);
			assertThat(channel.topic().lastSet()).isEqualTo(12345L);
			assertThat(channel.numMembers()).isEqualTo(12345);
			assertThat(channel.additionalProperties()).containsKey("properties");
		});
		assertThat(response.nextCursor()).isNull();
	}

	@Test
	void conversationsInfo() {
		ConversationsInfoResponse response = CorpusRoundTrip.assertRoundTrip("conversations.info",
				ConversationsInfoResponse.class);
		Conversation channel = response.channel();
		assertThat(channel.id()).isEqualTo("C00000000");
		assertThat(channel.creator()).isEqualTo("U00000000");
		assertThat(channel.isMember()).isFalse();
		assertThat(channel.purpose()).isNotNull();
		assertThat(channel.lastRead()).isEqualTo("0000000000.000000");
	}

	@Test
	void conversationsHistory() {
		ConversationsHistoryResponse response = CorpusRoundTrip.assertRoundTrip("conversations.history",
				ConversationsHistoryResponse.class);
		assertThat(response.hasMore()).isFalse();
		assertThat(response.messages()).isNotEmpty();
		Message message = response.messages().get(0);
		assertThat(message.ts()).isEqualTo("0000000000.000000");
		assertThat(message.user()).isEqualTo("U00000000");
		assertThat(message.replyCount()).isEqualTo(12345);
	}

	@Test
	void conversationsReplies() {
		ConversationsRepliesResponse response = CorpusRoundTrip.assertRoundTrip("conversations.replies",
				ConversationsRepliesResponse.class);
		assertThat(response.hasMore()).isFalse();
		assertThat(response.messages()).isNotEmpty();
		assertThat(response.messages().get(0).threadTs()).isEqualTo("0000000000.000000");
	}

	@Test
	void conversationsMembers() {
		ConversationsMembersResponse response = CorpusRoundTrip.assertRoundTrip("conversations.members",
				ConversationsMembersResponse.class);
		assertThat(response.members()).containsExactly("U00000000");
		assertThat(response.nextCursor()).isNull();
	}

	@Test
	void conversationsJoin() {
		ConversationsJoinResponse response = CorpusRoundTrip.assertRoundTrip("conversations.join",
				ConversationsJoinResponse.class);
		assertThat(response.channel().id()).isEqualTo("C00000000");
		assertThat(response.channel().contextTeamId()).isEqualTo("T00000000");
	}

	@Test
	void conversationsOpen() {
		ConversationsOpenResponse response = CorpusRoundTrip.assertRoundTrip("conversations.open",
				ConversationsOpenResponse.class);
		assertThat(response.channel().id()).isEqualTo("D00000000");
		assertThat(response.channel().user()).isEqualTo("U00000000");
		assertThat(response.channel().latest()).isNotNull();
		assertThat(response.channel().latest().ts()).isEqualTo("0000000000.000000");
		assertThat(response.noOp()).isFalse();
		assertThat(response.alreadyOpen()).isFalse();
	}

	@Test
	void conversationsCreate() {
		ConversationsCreateResponse response = CorpusRoundTrip.assertRoundTrip("conversations.create",
				ConversationsCreateResponse.class);
		assertThat(response.channel().id()).isEqualTo("C00000000");
		assertThat(response.channel().isPrivate()).isFalse();
		assertThat(response.channel().updated()).isEqualTo(12345L);
	}

	@Test
	void conversationsInvite() {
		ConversationsInviteResponse response = CorpusRoundTrip.assertRoundTrip("conversations.invite",
				ConversationsInviteResponse.class);
		assertThat(response.channel().id()).isEqualTo("C00000000");
		assertThat(response.errors()).singleElement().satisfies((failure) -> {
			assertThat(failure.user()).isEqualTo("U00000000");
			assertThat(failure.ok()).isFalse();
		});
	}

}
