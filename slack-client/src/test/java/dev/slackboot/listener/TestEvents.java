package dev.slackboot.listener;

import java.time.Duration;
import java.util.function.Consumer;

import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * Builds {@link SlackEvent}s as a transport would, and waits for a dispatcher to be idle.
 */
public final class TestEvents {

	/**
	 * A mapper for test JSON.
	 */
	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private TestEvents() {
	}

	/**
	 * Returns a plain user message.
	 * @param channel the channel
	 * @param user the user
	 * @param text the text
	 * @return the event
	 */
	public static SlackEvent message(String channel, String user, String text) {
		return event("message", (json) -> json.put("channel", channel).put("user", user).put("text", text)
			.put("ts", "1700000000.000100"));
	}

	/**
	 * Returns an event of a type with the given fields, over Socket Mode and without an event ID.
	 * @param type the event type
	 * @param fields adds the event's fields
	 * @return the event
	 */
	public static SlackEvent event(String type, Consumer<ObjectNode> fields) {
		return event(type, null, fields);
	}

	/**
	 * Returns an event of a type with the given fields and event ID, over Socket Mode.
	 * @param type the event type
	 * @param eventId the event ID
	 * @param fields adds the event's fields
	 * @return the event
	 */
	public static SlackEvent event(String type, @Nullable String eventId, Consumer<ObjectNode> fields) {
		ObjectNode json = MAPPER.createObjectNode().put("type", type);
		fields.accept(json);
		return of(json, eventId, SlackTransport.SOCKET_MODE);
	}

	/**
	 * Returns the event a transport would make of an event object.
	 * @param json the event object
	 * @param eventId the event ID
	 * @param transport the transport
	 * @return the event
	 */
	public static SlackEvent of(JsonNode json, @Nullable String eventId, SlackTransport transport) {
		return new SlackEvent(json.path("type").asString(), text(json, "subtype"), text(json, "channel"),
				text(json, "user"), text(json, "bot_id"), text(json, "team"), eventId, transport, null, 0, null, json,
				json);
	}

	/**
	 * Waits until a dispatcher has delivered every accepted event.
	 * @param dispatcher the dispatcher
	 */
	public static void awaitIdle(SlackEventDispatcher dispatcher) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (dispatcher.getQueueSize() > 0 || dispatcher.getActiveCount() > 0 || dispatcher.getWaitingCount() > 0) {
			if (System.nanoTime() > deadline) {
				fail("Dispatcher still busy: queue %d, active %d", dispatcher.getQueueSize(),
						dispatcher.getActiveCount());
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static @Nullable String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
