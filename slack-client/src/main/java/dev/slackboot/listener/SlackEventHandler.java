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
 * HTTP 200) once the event was accepted.
 */
@FunctionalInterface
public interface SlackEventHandler {

	/**
	 * Accepts an event.
	 * @param event the event
	 * @return completes when the event is accepted; fails if it cannot be accepted
	 */
	Mono<Void> handle(SlackEvent event);

}
