package dev.slackboot.rtm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;

/**
 * The frames of one connection that wait for Slack's {@code reply_to} answer, by ID. Replies may come in any
 * order; whatever is still waiting when the connection ends is failed.
 */
final class PendingReplies {

	private final Map<Long, Sinks.One<JsonNode>> pending = new ConcurrentHashMap<>();

	/**
	 * Registers a frame that waits for a reply.
	 * @param id the frame's ID
	 * @param reply where the reply goes
	 */
	void register(long id, Sinks.One<JsonNode> reply) {
		this.pending.put(id, reply);
	}

	/**
	 * Forgets a frame that could not be sent.
	 * @param id the frame's ID
	 */
	void remove(long id) {
		this.pending.remove(id);
	}

	/**
	 * Hands a reply to the frame it answers.
	 * @param replyTo the {@code reply_to} of the reply
	 * @param reply the reply
	 * @return whether a frame waited for it
	 */
	boolean complete(long replyTo, JsonNode reply) {
		Sinks.One<JsonNode> sink = this.pending.remove(replyTo);
		if (sink == null) {
			return false;
		}
		sink.tryEmitValue(reply);
		return true;
	}

	/**
	 * Fails every frame still waiting.
	 * @param failure the failure for the frame with the given ID
	 */
	void failAll(LongFunction<Throwable> failure) {
		for (Long id : this.pending.keySet()) {
			Sinks.One<JsonNode> sink = this.pending.remove(id);
			if (sink != null) {
				sink.tryEmitError(failure.apply(id));
			}
		}
	}

	/**
	 * Returns how many frames wait for a reply.
	 * @return the count
	 */
	int size() {
		return this.pending.size();
	}

}
