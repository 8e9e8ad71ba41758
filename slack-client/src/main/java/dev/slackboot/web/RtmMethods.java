package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.rtm.RtmConnectRequest;
import dev.slackboot.web.rtm.RtmConnectResponse;
import dev.slackboot.web.rtm.RtmStartRequest;
import dev.slackboot.web.rtm.RtmStartResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code rtm.*} methods.
 */
public final class RtmMethods {

	private final SlackApiInvoker api;

	RtmMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code rtm.connect} without arguments: asks for the URL of a Real Time Messaging WebSocket.
	 * @return the answer
	 */
	public Mono<RtmConnectResponse> connect() {
		return connect((request) -> {
		});
	}

	/**
	 * Calls {@code rtm.connect}: asks for the URL of a Real Time Messaging WebSocket.
	 * @param request fills in the request, e.g. {@code r -> r.batchPresenceAware(true)}
	 * @return the answer
	 */
	public Mono<RtmConnectResponse> connect(Consumer<RtmConnectRequest> request) {
		return this.api.invoke("rtm.connect", SlackRequests.build(new RtmConnectRequest(), request),
				RtmConnectResponse.class);
	}

	/**
	 * Calls {@code rtm.start} without arguments: asks for the URL of a Real Time Messaging WebSocket and a
	 * snapshot of the workspace. Deprecated by Slack; prefer {@link #connect()}.
	 * @return the answer
	 */
	public Mono<RtmStartResponse> start() {
		return start((request) -> {
		});
	}

	/**
	 * Calls {@code rtm.start}: asks for the URL of a Real Time Messaging WebSocket and a snapshot of the
	 * workspace. Deprecated by Slack; prefer {@link #connect(Consumer)}.
	 * @param request fills in the request, e.g. {@code r -> r.noLatest(true)}
	 * @return the answer
	 */
	public Mono<RtmStartResponse> start(Consumer<RtmStartRequest> request) {
		return this.api.invoke("rtm.start", SlackRequests.build(new RtmStartRequest(), request),
				RtmStartResponse.class);
	}

}
