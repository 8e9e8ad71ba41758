package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.model.User;
import dev.slackboot.web.users.UsersInfoRequest;
import dev.slackboot.web.users.UsersInfoResponse;
import dev.slackboot.web.users.UsersListRequest;
import dev.slackboot.web.users.UsersListResponse;
import dev.slackboot.web.users.UsersLookupByEmailRequest;
import dev.slackboot.web.users.UsersLookupByEmailResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code users.*} methods.
 *
 * <p>
 * {@code users.list} also comes as {@link #listAll(Consumer)}: a {@link Flux} over the users of all pages that
 * fetches the next page only when the subscriber asks for a user the pages fetched so far do not hold.
 */
public final class UsersMethods {

	private final SlackApiInvoker api;

	UsersMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code users.list} for the first page of the workspace's users.
	 * @return the answer
	 */
	public Mono<UsersListResponse> list() {
		return list((request) -> {
		});
	}

	/**
	 * Calls {@code users.list}: one page of the workspace's users.
	 * @param request fills in the request, e.g. {@code r -> r.limit(200)}
	 * @return the answer
	 */
	public Mono<UsersListResponse> list(Consumer<UsersListRequest> request) {
		return this.api.invoke("users.list", SlackRequests.build(new UsersListRequest(), request),
				UsersListResponse.class);
	}

	/**
	 * Calls {@code users.list} page by page for all of the workspace's users.
	 * @return the users of all pages, fetched on demand
	 */
	public Flux<User> listAll() {
		return listAll((request) -> {
		});
	}

	/**
	 * Calls {@code users.list} page by page, as the subscriber demands users. A {@code limit} set on the request
	 * is the page size; a {@code cursor} set on it is where the first page starts.
	 * @param request fills in the request of every page, e.g. {@code r -> r.limit(200)}
	 * @return the users of all pages, fetched on demand
	 */
	public Flux<User> listAll(Consumer<UsersListRequest> request) {
		return CursorPager.items((cursor) -> list((r) -> {
			request.accept(r);
			if (cursor != null) {
				r.cursor(cursor);
			}
		}), UsersListResponse::members);
	}

	/**
	 * Calls {@code users.info}: describes a user.
	 * @param request fills in the request, e.g. {@code r -> r.user("U123")}
	 * @return the answer
	 */
	public Mono<UsersInfoResponse> info(Consumer<UsersInfoRequest> request) {
		return this.api.invoke("users.info", SlackRequests.build(new UsersInfoRequest(), request),
				UsersInfoResponse.class);
	}

	/**
	 * Calls {@code users.lookupByEmail}: finds the user with an email address (needs
	 * {@code users:read.email}).
	 * @param request fills in the request, e.g. {@code r -> r.email("ada@example.com")}
	 * @return the answer; an unknown address fails with the error {@code users_not_found}
	 */
	public Mono<UsersLookupByEmailResponse> lookupByEmail(Consumer<UsersLookupByEmailRequest> request) {
		return this.api.invoke("users.lookupByEmail", SlackRequests.build(new UsersLookupByEmailRequest(), request),
				UsersLookupByEmailResponse.class);
	}

}
