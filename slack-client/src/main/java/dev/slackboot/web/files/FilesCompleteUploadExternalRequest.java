package dev.slackboot.web.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code files.completeUploadExternal}, the last step of an upload: finishes the uploaded files
 * and shares them. {@code files} is required.
 */
public final class FilesCompleteUploadExternalRequest extends SlackRequest<FilesCompleteUploadExternalRequest> {

	private final List<Map<String, String>> files = new ArrayList<>();

	/**
	 * Creates an empty request.
	 */
	public FilesCompleteUploadExternalRequest() {
		super("files");
	}

	/**
	 * Adds an uploaded file to complete.
	 * @param id the file ID from {@code files.getUploadURLExternal}
	 * @param title the title shown in Slack, or {@code null} for the file name
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest file(String id, @Nullable String title) {
		Map<String, String> file = new LinkedHashMap<>();
		file.put("id", id);
		if (title != null) {
			file.put("title", title);
		}
		this.files.add(file);
		return param("files", List.copyOf(this.files));
	}

	/**
	 * Sets the files to complete, replacing those added with {@link #file(String, String)}: any value that
	 * serializes to Slack's JSON array of {@code {"id": ..., "title": ...}} objects.
	 * @param files the files
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest files(@Nullable Object files) {
		this.files.clear();
		return param("files", files);
	}

	/**
	 * Sets the channel to share the files in; without it (or {@code channels}) the files stay private.
	 * @param channelId the conversation ID
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest channelId(@Nullable String channelId) {
		return param("channel_id", channelId);
	}

	/**
	 * Sets the conversations to share the files in.
	 * @param channels the channel or user IDs, comma-separated
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest channels(@Nullable String channels) {
		return param("channels", channels);
	}

	/**
	 * Shares the files as a reply in the thread of the given parent message (with a single channel).
	 * @param threadTs the parent message's timestamp
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest threadTs(@Nullable String threadTs) {
		return param("thread_ts", threadTs);
	}

	/**
	 * Sets the message text that introduces the files.
	 * @param initialComment the text, in Slack's markup
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest initialComment(@Nullable String initialComment) {
		return param("initial_comment", initialComment);
	}

	/**
	 * Sets Block Kit blocks that introduce the files, any value that serializes to Slack's JSON array of
	 * blocks; ignored when an initial comment is set.
	 * @param blocks the blocks
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest blocks(@Nullable Object blocks) {
		return param("blocks", blocks);
	}

	/**
	 * Sets the bot's display name for the share message (needs {@code chat:write.customize}).
	 * @param username the name
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest username(@Nullable String username) {
		return param("username", username);
	}

	/**
	 * Sets an image as the bot's icon for the share message (needs {@code chat:write.customize}).
	 * @param iconUrl the image URL
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest iconUrl(@Nullable String iconUrl) {
		return param("icon_url", iconUrl);
	}

	/**
	 * Sets an emoji as the bot's icon for the share message (needs {@code chat:write.customize}).
	 * @param iconEmoji the emoji, e.g. {@code :robot_face:}
	 * @return this request
	 */
	public FilesCompleteUploadExternalRequest iconEmoji(@Nullable String iconEmoji) {
		return param("icon_emoji", iconEmoji);
	}

}
