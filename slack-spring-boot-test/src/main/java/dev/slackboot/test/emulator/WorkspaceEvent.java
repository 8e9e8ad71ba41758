package dev.slackboot.test.emulator;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change of the {@link Workspace}, announced as Slack announces it to the transports that deliver events
 * (RTM today). Listeners must not change the event.
 *
 * @param event the event as RTM sends it, e.g. {@code {"type":"message","channel":"C1",...}}
 * @param channel the conversation it happened in, {@code null} when it concerns the whole workspace
 * @param audience the users told about it (e.g. the members of the channel), {@code null} for everyone
 */
record WorkspaceEvent(ObjectNode event, @Nullable String channel, @Nullable Set<String> audience) {

	/**
	 * Whether a user is told about this event.
	 * @param userId the user
	 * @return {@code true} when the user is in the audience
	 */
	boolean isFor(String userId) {
		return this.audience == null || this.audience.contains(userId);
	}

	/**
	 * Returns the event type.
	 * @return the type, e.g. {@code message}
	 */
	String type() {
		return this.event.path("type").asString("");
	}

}
