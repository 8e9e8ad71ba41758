package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Socket Mode envelopes sent and not acknowledged yet: each one waits for its acknowledgement until the
 * deadline (3 seconds on Slack); an {@code events_api} envelope not acknowledged in time is sent again, on the next
 * open connection, with {@code retry_attempt} + 1 and {@code retry_reason} {@code timeout}, up to 3 times. Slack
 * retries neither slash commands nor interactions: those expire at the deadline.
 */
final class SocketModeEnvelopes {

	/**
	 * How often Slack sends an {@code events_api} envelope again.
	 */
	static final int MAX_RETRIES = 3;

	/**
	 * The default deadline for an acknowledgement, Slack's.
	 */
	static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(3);

	private static final String EVENTS_API = "events_api";

	private static final int MAX_RECORDED_ACKS = 1000;

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private final JsonMapper mapper;

	private final Predicate<String> sender;

	private final Map<String, Pending> pending = new LinkedHashMap<>();

	private final Deque<SocketModeAck> acks = new ArrayDeque<>();

	private volatile Duration ackTimeout;

	private long envelopes;

	private long acknowledged;

	private long redeliveries;

	private long expired;

	/**
	 * Creates the envelopes.
	 * @param mapper the JSON mapper
	 * @param sender sends an envelope's frame on the next open connection; {@code false} when none is open
	 * @param ackTimeout the deadline for an acknowledgement
	 */
	SocketModeEnvelopes(JsonMapper mapper, Predicate<String> sender, Duration ackTimeout) {
		this.mapper = mapper;
		this.sender = sender;
		this.ackTimeout = ackTimeout;
	}

	/**
	 * Sets the deadline for the acknowledgements of the envelopes sent from now on.
	 * @param ackTimeout the deadline
	 */
	void ackTimeout(Duration ackTimeout) {
		this.ackTimeout = ackTimeout;
	}

	/**
	 * Sends a new envelope and waits for its acknowledgement.
	 * @param type the envelope type: {@code events_api}, {@code slash_commands} or {@code interactive}
	 * @param payload the payload
	 * @param acceptsResponsePayload whether the app may answer with a payload in its acknowledgement
	 * @return the envelope ID
	 */
	synchronized String send(String type, ObjectNode payload, boolean acceptsResponsePayload) {
		Pending envelope = new Pending(UUID.randomUUID().toString(), type, payload, acceptsResponsePayload);
		this.pending.put(envelope.id, envelope);
		this.envelopes++;
		deliver(envelope, "");
		return envelope.id;
	}

	private void deliver(Pending envelope, String retryReason) {
		ObjectNode frame = this.mapper.createObjectNode().put("envelope_id", envelope.id);
		frame.set("payload", envelope.payload);
		frame.put("type", envelope.type).put("accepts_response_payload", envelope.acceptsResponsePayload);
		if (EVENTS_API.equals(envelope.type)) {
			frame.put("retry_attempt", envelope.attempt).put("retry_reason", retryReason);
		}
		if (!this.sender.test(this.mapper.writeValueAsString(frame))) {
			logger.debug("No Socket Mode connection open for envelope " + envelope.id);
		}
		envelope.deadline = Mono.delay(this.ackTimeout).subscribe((tick) -> timedOut(envelope.id));
	}

	private synchronized void timedOut(String envelopeId) {
		Pending envelope = this.pending.get(envelopeId);
		if (envelope == null) {
			return;
		}
		if (!EVENTS_API.equals(envelope.type) || envelope.attempt >= MAX_RETRIES) {
			this.pending.remove(envelopeId);
			this.expired++;
			logger.debug("Socket Mode envelope " + envelopeId + " was never acknowledged");
			return;
		}
		envelope.attempt++;
		this.redeliveries++;
		deliver(envelope, "timeout");
	}

	/**
	 * Takes an acknowledgement.
	 * @param envelopeId the acknowledged envelope
	 * @param payload the payload sent with it, or {@code null}
	 * @return {@code false} when no such envelope waits for one (unknown, acknowledged before or expired)
	 */
	synchronized boolean ack(String envelopeId, @Nullable JsonNode payload) {
		Pending envelope = this.pending.remove(envelopeId);
		if (envelope == null) {
			return false;
		}
		envelope.cancelDeadline();
		this.acknowledged++;
		if (this.acks.size() == MAX_RECORDED_ACKS) {
			this.acks.removeFirst();
		}
		this.acks.addLast(new SocketModeAck(envelopeId, envelope.type, envelope.attempt, payload));
		return true;
	}

	synchronized SocketModeStats stats() {
		return new SocketModeStats(this.envelopes, this.acknowledged, this.redeliveries, this.pending.size(),
				this.expired);
	}

	/**
	 * Returns the latest acknowledgements, oldest first.
	 * @return up to the last 1000
	 */
	synchronized List<SocketModeAck> acks() {
		return List.copyOf(this.acks);
	}

	/**
	 * Stops waiting for every acknowledgement.
	 */
	synchronized void stop() {
		this.pending.values().forEach(Pending::cancelDeadline);
		this.pending.clear();
	}

	/**
	 * An envelope waiting for its acknowledgement; guarded by the envelopes' lock.
	 */
	private static final class Pending {

		private final String id;

		private final String type;

		private final ObjectNode payload;

		private final boolean acceptsResponsePayload;

		private int attempt;

		private @Nullable Disposable deadline;

		Pending(String id, String type, ObjectNode payload, boolean acceptsResponsePayload) {
			this.id = id;
			this.type = type;
			this.payload = payload;
			this.acceptsResponsePayload = acceptsResponsePayload;
		}

		void cancelDeadline() {
			Disposable scheduled = this.deadline;
			if (scheduled != null) {
				scheduled.dispose();
			}
		}

	}

}
