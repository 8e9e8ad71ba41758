package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.reactions.ReactionsAddRequest;
import dev.slackboot.web.reactions.ReactionsAddResponse;
import dev.slackboot.web.reactions.ReactionsGetRequest;
import dev.slackboot.web.reactions.ReactionsGetResponse;
import dev.slackboot.web.reactions.ReactionsRemoveRequest;
import dev.slackboot.web.reactions.ReactionsRemoveResponse;

/**
 * Slack's {@code reactions.*} methods, blocking.
 *
 * @see ReactionsMethods
 */
public final class BlockingReactionsMethods {

	private final ReactionsMethods methods;

	BlockingReactionsMethods(ReactionsMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code reactions.add}: reacts to a message with an emoji.
	 * @param request fills in the request
	 * @return the answer
	 * @see ReactionsMethods#add(Consumer)
	 */
	public ReactionsAddResponse add(Consumer<ReactionsAddRequest> request) {
		return BlockingSupport.await(this.methods.add(request), "reactions.add");
	}

	/**
	 * Calls {@code reactions.remove}: removes a reaction.
	 * @param request fills in the request
	 * @return the answer
	 * @see ReactionsMethods#remove(Consumer)
	 */
	public ReactionsRemoveResponse remove(Consumer<ReactionsRemoveRequest> request) {
		return BlockingSupport.await(this.methods.remove(request), "reactions.remove");
	}

	/**
	 * Calls {@code reactions.get}: returns an item with its reactions.
	 * @param request fills in the request
	 * @return the answer
	 * @see ReactionsMethods#get(Consumer)
	 */
	public ReactionsGetResponse get(Consumer<ReactionsGetRequest> request) {
		return BlockingSupport.await(this.methods.get(request), "reactions.get");
	}

}
