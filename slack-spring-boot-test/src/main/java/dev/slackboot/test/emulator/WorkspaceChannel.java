package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A conversation of the {@link Workspace}: its members, messages (oldest first) and pins. Guarded by the
 * workspace's lock.
 */
final class WorkspaceChannel {

	private final String id;

	private final @Nullable String name;

	private final Kind kind;

	private final long created;

	private final String creator;

	private final boolean general;

	private final Set<String> members = new LinkedHashSet<>();

	private final List<WorkspaceMessage> messages = new ArrayList<>();

	private final Map<String, Pin> pins = new LinkedHashMap<>();

	WorkspaceChannel(String id, @Nullable String name, Kind kind, long created, String creator, boolean general,
			Collection<String> members) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.created = created;
		this.creator = creator;
		this.general = general;
		this.members.addAll(members);
	}

	String id() {
		return this.id;
	}

	@Nullable String name() {
		return this.name;
	}

	Kind kind() {
		return this.kind;
	}

	boolean isPrivate() {
		return this.kind != Kind.PUBLIC;
	}

	boolean isChannel() {
		return this.kind == Kind.PUBLIC || this.kind == Kind.PRIVATE;
	}

	long created() {
		return this.created;
	}

	String creator() {
		return this.creator;
	}

	boolean isGeneral() {
		return this.general;
	}

	Set<String> members() {
		return this.members;
	}

	boolean isMember(String userId) {
		return this.members.contains(userId);
	}

	/**
	 * Returns the other member of a direct message.
	 * @param self the member asking
	 * @return the other member, or {@code self} for a direct message with oneself
	 */
	String otherMember(String self) {
		return this.members.stream().filter((member) -> !member.equals(self)).findFirst().orElse(self);
	}

	/**
	 * Returns the messages, oldest first, thread replies included.
	 * @return the live list
	 */
	List<WorkspaceMessage> messages() {
		return this.messages;
	}

	@Nullable WorkspaceMessage message(String ts) {
		for (WorkspaceMessage message : this.messages) {
			if (message.ts().equals(ts)) {
				return message;
			}
		}
		return null;
	}

	/**
	 * Returns the replies of a thread, oldest first.
	 * @param threadTs the timestamp of the thread's parent
	 * @return the replies
	 */
	List<WorkspaceMessage> replies(String threadTs) {
		List<WorkspaceMessage> replies = new ArrayList<>();
		for (WorkspaceMessage message : this.messages) {
			if (message.isReplyIn(threadTs)) {
				replies.add(message);
			}
		}
		return replies;
	}

	Map<String, Pin> pins() {
		return this.pins;
	}

	EmulatedChannel snapshot() {
		return new EmulatedChannel(this.id, this.name, isPrivate(), this.kind == Kind.IM, this.kind == Kind.MPIM,
				List.copyOf(this.members));
	}

	/**
	 * The kinds of conversation.
	 */
	enum Kind {

		/**
		 * A public channel.
		 */
		PUBLIC,

		/**
		 * A private channel.
		 */
		PRIVATE,

		/**
		 * A direct message between two users.
		 */
		IM,

		/**
		 * A group direct message.
		 */
		MPIM

	}

	/**
	 * A pinned message.
	 *
	 * @param ts the message's timestamp
	 * @param createdBy who pinned it
	 * @param created when, in epoch seconds
	 */
	record Pin(String ts, String createdBy, long created) {

	}

}
