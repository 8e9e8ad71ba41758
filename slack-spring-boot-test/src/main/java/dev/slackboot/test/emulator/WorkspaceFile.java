package dev.slackboot.test.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file of the {@link Workspace}: announced by {@code files.getUploadURLExternal}, its bytes received at the
 * upload URL, then shared by {@code files.completeUploadExternal}. Guarded by the workspace's lock.
 */
final class WorkspaceFile {

	private final String id;

	private final String uploadKey;

	private final String name;

	private final long length;

	private final String user;

	private final long created;

	private final @Nullable String altTxt;

	private final @Nullable String snippetType;

	private @Nullable String title;

	private byte @Nullable [] content;

	private boolean completed;

	private final Map<String, String> shares = new LinkedHashMap<>();

	WorkspaceFile(String id, String uploadKey, String name, long length, String user, long created,
			@Nullable String altTxt, @Nullable String snippetType) {
		this.id = id;
		this.uploadKey = uploadKey;
		this.name = name;
		this.length = length;
		this.user = user;
		this.created = created;
		this.altTxt = altTxt;
		this.snippetType = snippetType;
	}

	String id() {
		return this.id;
	}

	/**
	 * Returns the secret last segment of the file's upload URL.
	 * @return the key
	 */
	String uploadKey() {
		return this.uploadKey;
	}

	String name() {
		return this.name;
	}

	long length() {
		return this.length;
	}

	String user() {
		return this.user;
	}

	long created() {
		return this.created;
	}

	@Nullable String altTxt() {
		return this.altTxt;
	}

	@Nullable String snippetType() {
		return this.snippetType;
	}

	String title() {
		return (this.title != null) ? this.title : this.name;
	}

	void title(@Nullable String title) {
		this.title = title;
	}

	byte @Nullable [] content() {
		return this.content;
	}

	void content(byte[] content) {
		this.content = content;
	}

	boolean isUploaded() {
		return this.content != null;
	}

	boolean isCompleted() {
		return this.completed;
	}

	void complete() {
		this.completed = true;
	}

	/**
	 * Returns where the file is shared: channel ID to the timestamp of the message that shared it.
	 * @return the live map
	 */
	Map<String, String> shares() {
		return this.shares;
	}

}
