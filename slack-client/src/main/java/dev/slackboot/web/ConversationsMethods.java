package dev.slackboot.web;

import java.util.function.Consumer;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code conversations.*} methods.
 *
 * <p>
 * The paginated methods also come in an {@code ...All} form: a {@link Flux} over the items of all pages that
 * fetches the next page only when the subscriber asks for an item the pages fetched so far do not hold. A
 * {@code limit} set on the request is the page size; a {@code cursor} set on it is where the first page starts.
 */
public final class ConversationsMethods {

	private final SlackApiInvoker api;

	ConversationsMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code conversations.list} for the first page of public channels.
	 * @return the answer
	 */
	public Mono<ConversationsListResponse> list() {
		return list((request) -> {
		});
	}

	/**
	 * Calls {@code conversations.list}: one page of the workspace's conversations.
	 * @param request fills in the request, e.g. {@code r -> r.types("public_channel,private_channel").limit(200)}
	 * @return the answer
	 */
	public Mono<ConversationsListResponse> list(Consumer<ConversationsListRequest> request) {
		return this.api.invoke("conversations.list", SlackRequests.build(new ConversationsListRequest(), request),
				ConversationsListResponse.class);
	}

	/**
	 * Calls {@code conversations.list} page by page for all public channels.
	 * @return the conversations of all pages, fetched on demand
	 */
	public Flux<Conversation> listAll() {
		return listAll((request) -> {
		});
	}

	/**
	 * Calls {@code conversations.list} page by page, as the subscriber demands conversations.
	 * @param request fills in the request of every page, e.g. {@code r -> r.excludeArchived(true)}
	 * @return the conversations of all pages, fetched on demand
	 */
	public Flux<Conversation> listAll(Consumer<ConversationsListRequest> request) {
		return CursorPager.items((cursor) -> list((r) -> {
			request.accept(r);
			if (cursor != null) {
				r.cursor(cursor);
			}
		}), ConversationsListResponse::channels);
	}

	/**
	 * Calls {@code conversations.info}: describes a conversation.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123")}
	 * @return the answer
	 */
	public Mono<ConversationsInfoResponse> info(Consumer<ConversationsInfoRequest> request) {
		return this.api.invoke("conversations.info", SlackRequests.build(new ConversationsInfoRequest(), request),
				ConversationsInfoResponse.class);
	}

	/**
	 * Calls {@code conversations.history}: one page of a conversation's messages, newest first.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").limit(50)}
	 * @return the answer
	 */
	public Mono<ConversationsHistoryResponse> history(Consumer<ConversationsHistoryRequest> request) {
		return this.api.invoke("conversations.history",
				SlackRequests.build(new ConversationsHistoryRequest(), request), ConversationsHistoryResponse.class);
	}

	/**
	 * Calls {@code conversations.history} page by page, as the subscriber demands messages.
	 * @param request fills in the request of every page, e.g. {@code r -> r.channel("C123").oldest(ts)}
	 * @return the messages of all pages, newest first, fetched on demand
	 */
	public Flux<Message> historyAll(Consumer<ConversationsHistoryRequest> request) {
		return CursorPager.items((cursor) -> history((r) -> {
			request.accept(r);
			if (cursor != null) {
				r.cursor(cursor);
			}
		}), ConversationsHistoryResponse::messages);
	}

	/**
	 * Calls {@code conversations.replies}: one page of a thread.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").ts(parentTs)}
	 * @return the answer
	 */
	public Mono<ConversationsRepliesResponse> replies(Consumer<ConversationsRepliesRequest> request) {
		return this.api.invoke("conversations.replies",
				SlackRequests.build(new ConversationsRepliesRequest(), request), ConversationsRepliesResponse.class);
	}

	/**
	 * Calls {@code conversations.replies} page by page, as the subscriber demands messages.
	 * @param request fills in the request of every page, e.g. {@code r -> r.channel("C123").ts(parentTs)}
	 * @return the messages of the thread, the parent first, fetched on demand
	 */
	public Flux<Message> repliesAll(Consumer<ConversationsRepliesRequest> request) {
		return CursorPager.items((cursor) -> replies((r) -> {
			request.accept(r);
			if (cursor != null) {
				r.cursor(cursor);
			}
		}), ConversationsRepliesResponse::messages);
	}

	/**
	 * Calls {@code conversations.members}: one page of a conversation's member IDs.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123")}
	 * @return the answer
	 */
	public Mono<ConversationsMembersResponse> members(Consumer<ConversationsMembersRequest> request) {
		return this.api.invoke("conversations.members",
				SlackRequests.build(new ConversationsMembersRequest(), request), ConversationsMembersResponse.class);
	}

	/**
	 * Calls {@code conversations.members} page by page, as the subscriber demands member IDs.
	 * @param request fills in the request of every page, e.g. {@code r -> r.channel("C123")}
	 * @return the user IDs of all members, fetched on demand
	 */
	public Flux<String> membersAll(Consumer<ConversationsMembersRequest> request) {
		return CursorPager.items((cursor) -> members((r) -> {
			request.accept(r);
			if (cursor != null) {
				r.cursor(cursor);
			}
		}), ConversationsMembersResponse::members);
	}

	/**
	 * Calls {@code conversations.join}: joins a public channel.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123")}
	 * @return the answer
	 */
	public Mono<ConversationsJoinResponse> join(Consumer<ConversationsJoinRequest> request) {
		return this.api.invoke("conversations.join", SlackRequests.build(new ConversationsJoinRequest(), request),
				ConversationsJoinResponse.class);
	}

	/**
	 * Calls {@code conversations.open}: opens (or creates) a direct message, whose ID messages can be posted to.
	 * @param request fills in the request, e.g. {@code r -> r.users("U123")}
	 * @return the answer
	 */
	public Mono<ConversationsOpenResponse> open(Consumer<ConversationsOpenRequest> request) {
		return this.api.invoke("conversations.open", SlackRequests.build(new ConversationsOpenRequest(), request),
				ConversationsOpenResponse.class);
	}

	/**
	 * Calls {@code conversations.create}: creates a public or private channel. Never retried after it may
	 * have reached Slack.
	 * @param request fills in the request, e.g. {@code r -> r.name("release-42").isPrivate(true)}
	 * @return the answer
	 */
	public Mono<ConversationsCreateResponse> create(Consumer<ConversationsCreateRequest> request) {
		return this.api.invoke("conversations.create", SlackRequests.build(new ConversationsCreateRequest(), request),
				ConversationsCreateResponse.class);
	}

	/**
	 * Calls {@code conversations.invite}: invites users to a channel.
	 * @param request fills in the request, e.g. {@code r -> r.channel("C123").users("U1,U2")}
	 * @return the answer
	 */
	public Mono<ConversationsInviteResponse> invite(Consumer<ConversationsInviteRequest> request) {
		return this.api.invoke("conversations.invite", SlackRequests.build(new ConversationsInviteRequest(), request),
				ConversationsInviteResponse.class);
	}

}
