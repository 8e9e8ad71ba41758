package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message of a {@link WorkspaceChannel}. Guarded by the workspace's lock.
 */
final class WorkspaceMessage {

	private final String channel;

	private final String ts;

	private final String user;

	private final @Nullable String botId;

	private String text = "";

	private @Nullable String subtype;

	private @Nullable String threadTs;

	private boolean broadcast;

	private @Nullable JsonNode blocks;

	private @Nullable JsonNode attachments;

	private @Nullable JsonNode metadata;

	private @Nullable String username;

	private @Nullable String clientMsgId;

	private final List<String> fileIds = new ArrayList<>();

	private final Map<String, List<String>> reactions = new LinkedHashMap<>();

	private @Nullable String editedBy;

	private @Nullable String editedTs;

	WorkspaceMessage(String channel, String ts, String user, @Nullable String botId) {
		this.channel = channel;
		this.ts = ts;
		this.user = user;
		this.botId = botId;
	}

	String channel() {
		return this.channel;
	}

	String ts() {
		return this.ts;
	}

	String user() {
		return this.user;
	}

	@Nullable String botId() {
		return this.botId;
	}

	String text() {
		return this.text;
	}

	WorkspaceMessage text(@Nullable String text) {
		this.text = (text != null) ? text : "";
		return this;
	}

	@Nullable String subtype() {
		return this.subtype;
	}

	WorkspaceMessage subtype(@Nullable String subtype) {
		this.subtype = subtype;
		return this;
	}

	@Nullable String threadTs() {
		return this.threadTs;
	}

	WorkspaceMessage threadTs(@Nullable String threadTs) {
		this.threadTs = threadTs;
		return this;
	}

	WorkspaceMessage broadcast(boolean broadcast) {
		this.broadcast = broadcast;
		return this;
	}

	/**
	 * Whether this message is a reply in the given thread.
	 * @param parentTs the timestamp of the thread's parent
	 * @return {@code true} for a reply
	 */
	boolean isReplyIn(String parentTs) {
		return parentTs.equals(this.threadTs) && !this.ts.equals(this.threadTs);
	}

	/**
	 * Whether this message is a thread reply.
	 * @return {@code true} for a reply
	 */
	boolean isReply() {
		return this.threadTs != null && !this.ts.equals(this.threadTs);
	}

	/**
	 * Whether this message shows in the channel's history: not a reply, or a reply also sent to the channel.
	 * @return {@code true} when it shows
	 */
	boolean inHistory() {
		return !isReply() || this.broadcast;
	}

	@Nullable JsonNode blocks() {
		return this.blocks;
	}

	WorkspaceMessage blocks(@Nullable JsonNode blocks) {
		this.blocks = blocks;
		return this;
	}

	@Nullable JsonNode attachments() {
		return this.attachments;
	}

	WorkspaceMessage attachments(@Nullable JsonNode attachments) {
		this.attachments = attachments;
		return this;
	}

	@Nullable JsonNode metadata() {
		return this.metadata;
	}

	WorkspaceMessage metadata(@Nullable JsonNode metadata) {
		this.metadata = metadata;
		return this;
	}

	@Nullable String username() {
		return this.username;
	}

	WorkspaceMessage username(@Nullable String username) {
		this.username = username;
		return this;
	}

	@Nullable String clientMsgId() {
		return this.clientMsgId;
	}

	WorkspaceMessage clientMsgId(@Nullable String clientMsgId) {
		this.clientMsgId = clientMsgId;
		return this;
	}

	List<String> fileIds() {
		return this.fileIds;
	}

	/**
	 * Returns the reactions by name, each with the users who reacted, in the order they were added.
	 * @return the live map
	 */
	Map<String, List<String>> reactions() {
		return this.reactions;
	}

	@Nullable String editedBy() {
		return this.editedBy;
	}

	@Nullable String editedTs() {
		return this.editedTs;
	}

	void edited(String user, String ts) {
		this.editedBy = user;
		this.editedTs = ts;
	}

}
