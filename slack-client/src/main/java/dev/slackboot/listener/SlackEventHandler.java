package dev.slackboot.listener;

import dev.slackboot.model.SlackEvent;
import reactor.core.publisher.Mono;

/**
 * Receives events from a transport (RTM, Socket Mode, Events API). The contract between a transport and the
 * dispatcher.
 *
 * <p>
 * The returned {@link Mono} completes once the event is <em>accepted</em> (queued for its listeners), not once
 * it is processed. A transport hands over the next event only after the previous one was accepted, so a full
 * queue stops it from reading its connection (backpressure), and it acknowledges an event (Socket Mode ack,
 * HTTP 200) once the event was accepted. {@link #offer(SlackEvent)} lets a handler accept an event without that
 * pipeline when it has room.
 */
@FunctionalInterface
public interface SlackEventHandler {

	/**
	 * Accepts an event.
	 * @param event the event
	 * @return completes when the event is accepted; fails if it cannot be accepted
	 */
	Mono<Void> handle(SlackEvent event);

	/**
	 * Accepts an event at once, if that needs no waiting, as {@link #handle(SlackEvent)} would: a transport calls
	 * it first for each event and falls back to {@link #handle(SlackEvent)} when it returns {@code false}, so
	 * that an event accepted straight away costs no reactive pipeline. Never accepts by default.
	 * @param event the event
	 * @return {@code true} when the event was accepted (or dropped, as {@link #handle(SlackEvent)} would drop
	 * it), {@code false} when it was not taken
	 */
	default boolean offer(SlackEvent event) {
		return false;
	}

}
