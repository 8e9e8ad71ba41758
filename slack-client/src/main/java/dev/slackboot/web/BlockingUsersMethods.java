package dev.slackboot.web;

import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.slackboot.model.User;
import dev.slackboot.web.users.UsersInfoRequest;
import dev.slackboot.web.users.UsersInfoResponse;
import dev.slackboot.web.users.UsersListRequest;
import dev.slackboot.web.users.UsersListResponse;
import dev.slackboot.web.users.UsersLookupByEmailRequest;
import dev.slackboot.web.users.UsersLookupByEmailResponse;

/**
 * Slack's {@code users.*} methods, blocking.
 *
 * <p>
 * The {@code listAll} forms return a {@link Stream} that fetches the next page as it is consumed; close it
 * (try-with-resources) when it is not consumed to the end.
 *
 * @see UsersMethods
 */
public final class BlockingUsersMethods {

	private final UsersMethods methods;

	BlockingUsersMethods(UsersMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code users.list} for the first page of the workspace's users.
	 * @return the answer
	 * @see UsersMethods#list()
	 */
	public UsersListResponse list() {
		return BlockingSupport.await(this.methods.list(), "users.list");
	}

	/**
	 * Calls {@code users.list}: one page of the workspace's users.
	 * @param request fills in the request
	 * @return the answer
	 * @see UsersMethods#list(Consumer)
	 */
	public UsersListResponse list(Consumer<UsersListRequest> request) {
		return BlockingSupport.await(this.methods.list(request), "users.list");
	}

	/**
	 * Calls {@code users.list} page by page for all of the workspace's users.
	 * @return the users of all pages, fetched as the stream is consumed
	 * @see UsersMethods#listAll()
	 */
	public Stream<User> listAll() {
		return BlockingSupport.stream(this.methods.listAll(), "users.list");
	}

	/**
	 * Calls {@code users.list} page by page, as the stream is consumed.
	 * @param request fills in the request of every page
	 * @return the users of all pages, fetched as the stream is consumed
	 * @see UsersMethods#listAll(Consumer)
	 */
	public Stream<User> listAll(Consumer<UsersListRequest> request) {
		return BlockingSupport.stream(this.methods.listAll(request), "users.list");
	}

	/**
	 * Calls {@code users.info}: describes a user.
	 * @param request fills in the request
	 * @return the answer
	 * @see UsersMethods#info(Consumer)
	 */
	public UsersInfoResponse info(Consumer<UsersInfoRequest> request) {
		return BlockingSupport.await(this.methods.info(request), "users.info");
	}

	/**
	 * Calls {@code users.lookupByEmail}: finds the user with an email address.
	 * @param request fills in the request
	 * @return the answer
	 * @see UsersMethods#lookupByEmail(Consumer)
	 */
	public UsersLookupByEmailResponse lookupByEmail(Consumer<UsersLookupByEmailRequest> request) {
		return BlockingSupport.await(this.methods.lookupByEmail(request), "users.lookupByEmail");
	}

}
