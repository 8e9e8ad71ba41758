package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.rtm.RtmConnectRequest;
import dev.slackboot.web.rtm.RtmConnectResponse;
import dev.slackboot.web.rtm.RtmStartRequest;
import dev.slackboot.web.rtm.RtmStartResponse;

/**
 * Slack's {@code rtm.*} methods, blocking.
 *
 * @see RtmMethods
 */
public final class BlockingRtmMethods {

	private final RtmMethods methods;

	BlockingRtmMethods(RtmMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code rtm.connect} without arguments: asks for the URL of a Real Time Messaging WebSocket.
	 * @return the answer
	 * @see RtmMethods#connect()
	 */
	public RtmConnectResponse connect() {
		return BlockingSupport.await(this.methods.connect(), "rtm.connect");
	}

	/**
	 * Calls {@code rtm.connect}: asks for the URL of a Real Time Messaging WebSocket.
	 * @param request fills in the request
	 * @return the answer
	 * @see RtmMethods#connect(Consumer)
	 */
	public RtmConnectResponse connect(Consumer<RtmConnectRequest> request) {
		return BlockingSupport.await(this.methods.connect(request), "rtm.connect");
	}

	/**
	 * Calls {@code rtm.start} without arguments. Deprecated by Slack; prefer {@link #connect()}.
	 * @return the answer
	 * @see RtmMethods#start()
	 */
	public RtmStartResponse start() {
		return BlockingSupport.await(this.methods.start(), "rtm.start");
	}

	/**
	 * Calls {@code rtm.start}. Deprecated by Slack; prefer {@link #connect(Consumer)}.
	 * @param request fills in the request
	 * @return the answer
	 * @see RtmMethods#start(Consumer)
	 */
	public RtmStartResponse start(Consumer<RtmStartRequest> request) {
		return BlockingSupport.await(this.methods.start(request), "rtm.start");
	}

}
