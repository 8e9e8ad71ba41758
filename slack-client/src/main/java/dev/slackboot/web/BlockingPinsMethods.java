package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.pins.PinsAddRequest;
import dev.slackboot.web.pins.PinsAddResponse;
import dev.slackboot.web.pins.PinsListRequest;
import dev.slackboot.web.pins.PinsListResponse;
import dev.slackboot.web.pins.PinsRemoveRequest;
import dev.slackboot.web.pins.PinsRemoveResponse;

/**
 * Slack's {@code pins.*} methods, blocking.
 *
 * @see PinsMethods
 */
public final class BlockingPinsMethods {

	private final PinsMethods methods;

	BlockingPinsMethods(PinsMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code pins.add}: pins a message to a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see PinsMethods#add(Consumer)
	 */
	public PinsAddResponse add(Consumer<PinsAddRequest> request) {
		return BlockingSupport.await(this.methods.add(request), "pins.add");
	}

	/**
	 * Calls {@code pins.remove}: un-pins a message from a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see PinsMethods#remove(Consumer)
	 */
	public PinsRemoveResponse remove(Consumer<PinsRemoveRequest> request) {
		return BlockingSupport.await(this.methods.remove(request), "pins.remove");
	}

	/**
	 * Calls {@code pins.list}: lists the items pinned to a conversation.
	 * @param request fills in the request
	 * @return the answer
	 * @see PinsMethods#list(Consumer)
	 */
	public PinsListResponse list(Consumer<PinsListRequest> request) {
		return BlockingSupport.await(this.methods.list(request), "pins.list");
	}

}
