package dev.slackboot.web;

import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.slackboot.model.Conversation;
import dev.slackboot.model.Message;
import dev.slackboot.web.conversations.ConversationsCreateRequest;
import dev.slackboot.web.conversations.ConversationsCreateResponse;
import dev.slackboot.web.conversations.ConversationsHistoryRequest;
import dev.slackboot.web.conversations.ConversationsHistoryResponse;
import dev.slackboot.web.conversations.ConversationsInfoRequest;
import dev.slackboot.web.conversations.ConversationsInfoResponse;
import dev.slackboot.web.conversations.ConversationsInviteRequest;
import dev.slackboot.web.conversations.ConversationsInviteResponse;
import dev.slackboot.web.conversations.ConversationsJoinRequest;
import dev.slackboot.web.conversations.ConversationsJoinResponse;
import dev.slackboot.web.conversations.ConversationsListRequest;
import dev.slackboot.web.conversations.ConversationsListResponse;
import dev.slackboot.web.conversations.ConversationsMembersRequest;
import dev.slackboot.web.conversations.ConversationsMembersResponse;
import dev.slackboot.web.conversations.ConversationsOpenRequest;
import dev.slackboot.web.conversations.ConversationsOpenResponse;
import dev.slackboot.web.conversations.ConversationsRepliesRequest;
import dev.slackboot.web.conversations.ConversationsRepliesResponse;

/**
 * Slack's {@code conversations.*} methods, blocking.
 *
 * <p>
 * The {@code ...All} forms return a {@link Stream} that fetches the next page as it is consumed; close it
 * (try-with-resources) when it is not consumed to the end.
 *
 * @see ConversationsMethods
 */
public final class BlockingConversationsMethods {

	private final ConversationsMethods methods;

	BlockingConversationsMethods(ConversationsMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code conversations.list} for the first page of public channels.
	 * @return the answer
	 * @see ConversationsMethods#list()
	 */
	public ConversationsListResponse list() {
		return BlockingSupport.await(this.methods.list(), "conversations.list");
	}

	/**
	 * Calls {@code conversations.list}: one page of the workspace's conversations.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#list(Consumer)
	 */
	public ConversationsListResponse list(Consumer<ConversationsListRequest> request) {
		return BlockingSupport.await(this.methods.list(request), "conversations.list");
	}

	/**
	 * Calls {@code conversations.list} page by page for all public channels.
	 * @return the conversations of all pages, fetched as the stream is consumed
	 * @see ConversationsMethods#listAll()
	 */
	public Stream<Conversation> listAll() {
		return BlockingSupport.stream(this.methods.listAll(), "conversations.list");
	}

	/**
	 * Calls {@code conversations.list} page by page, as the stream is consumed.
	 * @param request fills in the request of every page
	 * @return the conversations of all pages, fetched as the stream is consumed
	 * @see ConversationsMethods#listAll(Consumer)
	 */
	public Stream<Conversation> listAll(Consumer<ConversationsListRequest> request) {
		return BlockingSupport.stream(this.methods.listAll(request), "conversations.list");
	}

	/**
	 * Calls {@code conversations.info}: describes a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#info(Consumer)
	 */
	public ConversationsInfoResponse info(Consumer<ConversationsInfoRequest> request) {
		return BlockingSupport.await(this.methods.info(request), "conversations.info");
	}

	/**
	 * Calls {@code conversations.history}: one page of a conversation's messages, newest first.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#history(Consumer)
	 */
	public ConversationsHistoryResponse history(Consumer<ConversationsHistoryRequest> request) {
		return BlockingSupport.await(this.methods.history(request), "conversations.history");
	}

	/**
	 * Calls {@code conversations.history} page by page, as the stream is consumed.
	 * @param request fills in the request of every page
	 * @return the messages of all pages, newest first
	 * @see ConversationsMethods#historyAll(Consumer)
	 */
	public Stream<Message> historyAll(Consumer<ConversationsHistoryRequest> request) {
		return BlockingSupport.stream(this.methods.historyAll(request), "conversations.history");
	}

	/**
	 * Calls {@code conversations.replies}: one page of a thread.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#replies(Consumer)
	 */
	public ConversationsRepliesResponse replies(Consumer<ConversationsRepliesRequest> request) {
		return BlockingSupport.await(this.methods.replies(request), "conversations.replies");
	}

	/**
	 * Calls {@code conversations.replies} page by page, as the stream is consumed.
	 * @param request fills in the request of every page
	 * @return the messages of the thread, the parent first
	 * @see ConversationsMethods#repliesAll(Consumer)
	 */
	public Stream<Message> repliesAll(Consumer<ConversationsRepliesRequest> request) {
		return BlockingSupport.stream(this.methods.repliesAll(request), "conversations.replies");
	}

	/**
	 * Calls {@code conversations.members}: one page of a conversation's member IDs.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#members(Consumer)
	 */
	public ConversationsMembersResponse members(Consumer<ConversationsMembersRequest> request) {
		return BlockingSupport.await(this.methods.members(request), "conversations.members");
	}

	/**
	 * Calls {@code conversations.members} page by page, as the stream is consumed.
	 * @param request fills in the request of every page
	 * @return the user IDs of all members
	 * @see ConversationsMethods#membersAll(Consumer)
	 */
	public Stream<String> membersAll(Consumer<ConversationsMembersRequest> request) {
		return BlockingSupport.stream(this.methods.membersAll(request), "conversations.members");
	}

	/**
	 * Calls {@code conversations.join}: joins a public channel.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#join(Consumer)
	 */
	public ConversationsJoinResponse join(Consumer<ConversationsJoinRequest> request) {
		return BlockingSupport.await(this.methods.join(request), "conversations.join");
	}

	/**
	 * Calls {@code conversations.open}: opens (or creates) a direct message.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#open(Consumer)
	 */
	public ConversationsOpenResponse open(Consumer<ConversationsOpenRequest> request) {
		return BlockingSupport.await(this.methods.open(request), "conversations.open");
	}

	/**
	 * Calls {@code conversations.create}: creates a public or private channel.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#create(Consumer)
	 */
	public ConversationsCreateResponse create(Consumer<ConversationsCreateRequest> request) {
		return BlockingSupport.await(this.methods.create(request), "conversations.create");
	}

	/**
	 * Calls {@code conversations.invite}: invites users to a channel.
	 * @param request fills in the request
	 * @return the answer
	 * @see ConversationsMethods#invite(Consumer)
	 */
	public ConversationsInviteResponse invite(Consumer<ConversationsInviteRequest> request) {
		return BlockingSupport.await(this.methods.invite(request), "conversations.invite");
	}

}
