package dev.slackboot.web;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientRequest;

import org.springframework.http.client.reactive.ClientHttpRequest;

/**
 * Bounds how long one attempt waits for Slack's answer. With Reactor Netty's connector the bound is Reactor
 * Netty's own response timeout, set on each request and checked by the connection's event loop, which costs
 * nothing per call; with any other connector it is a timer around the attempt. Which one applies is learnt from
 * the first request.
 */
final class SlackResponseTimeout {

	private final Duration duration;

	private volatile boolean setOnRequests;

	SlackResponseTimeout(Duration duration) {
		this.duration = duration;
	}

	/**
	 * Returns how long one attempt may wait for the answer.
	 * @return the timeout
	 */
	Duration duration() {
		return this.duration;
	}

	/**
	 * Sets the timeout on a request of Reactor Netty's connector, counted from the moment the request is sent.
	 * @param request the request about to be sent
	 */
	void applyTo(ClientHttpRequest request) {
		if (request.getNativeRequest() instanceof HttpClientRequest nettyRequest) {
			nettyRequest.responseTimeout(this.duration);
			this.setOnRequests = true;
		}
	}

	/**
	 * Bounds an attempt with a timer, unless the connector is known to bound its requests itself.
	 * @param attempt the attempt, whose requests go through {@link #applyTo(ClientHttpRequest)}
	 * @return the bounded attempt
	 */
	<T> Mono<T> bound(Mono<T> attempt) {
		return this.setOnRequests ? attempt : attempt.timeout(this.duration);
	}

	/**
	 * Tells whether a failure means that no answer came in time: the timer around the attempt fired, or Reactor
	 * Netty's response timeout (a read timeout, wrapped by the WebClient).
	 * @param ex the failure
	 * @return whether it is this timeout
	 */
	static boolean isTimeout(Throwable ex) {
		if (ex instanceof TimeoutException) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ReadTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Describes a timeout in a failure message.
	 * @return e.g. {@code no answer within 30000 ms}
	 */
	String describe() {
		return "no answer within " + this.duration.toMillis() + " ms";
	}

}
