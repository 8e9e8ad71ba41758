package dev.slackboot.web.files;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;

/**
 * Arguments of the one-call upload: the content and its name (both required), and where to share the file.
 * The client runs Slack's upload flow with them: {@code files.getUploadURLExternal}, the upload of the bytes,
 * then {@code files.completeUploadExternal}.
 *
 * <pre class="code">
 * slack.files().upload(u -&gt; u.content(Path.of("report.pdf")).channel("C123").initialComment("Today's report"));
 * </pre>
 */
public final class FilesUploadRequest {

	private @Nullable FileContent content;

	private @Nullable String filename;

	private @Nullable String title;

	private @Nullable String channel;

	private @Nullable String initialComment;

	private @Nullable String threadTs;

	private @Nullable String altText;

	private @Nullable String snippetType;

	/**
	 * Creates an empty request.
	 */
	public FilesUploadRequest() {
	}

	/**
	 * Uploads a file, streamed from disk; its size is the length, its name the default file name.
	 * @param path the file
	 * @return this request
	 */
	public FilesUploadRequest content(Path path) {
		this.content = FileContent.of(path);
		return this;
	}

	/**
	 * Uploads the given bytes. The array is not copied: leave it unchanged until the upload completes.
	 * @param bytes the content
	 * @return this request
	 */
	public FilesUploadRequest content(byte[] bytes) {
		this.content = FileContent.of(bytes);
		return this;
	}

	/**
	 * Uploads the given buffers, streamed as they are emitted; they are released once written.
	 * @param content the content
	 * @param length the number of bytes the buffers hold in all, sent to Slack ahead of them
	 * @return this request
	 */
	public FilesUploadRequest content(Flux<DataBuffer> content, long length) {
		this.content = FileContent.of(content, length);
		return this;
	}

	/**
	 * Sets the file name; required unless the content is a {@link Path}, whose file name is the default.
	 * @param filename the file name, e.g. {@code report.pdf}
	 * @return this request
	 */
	public FilesUploadRequest filename(@Nullable String filename) {
		this.filename = filename;
		return this;
	}

	/**
	 * Sets the title shown in Slack; Slack uses the file name when none is set.
	 * @param title the title
	 * @return this request
	 */
	public FilesUploadRequest title(@Nullable String title) {
		this.title = title;
		return this;
	}

	/**
	 * Sets the channel to share the file in; without one the file stays private to the uploader.
	 * @param channel the conversation ID
	 * @return this request
	 */
	public FilesUploadRequest channel(@Nullable String channel) {
		this.channel = channel;
		return this;
	}

	/**
	 * Sets the message text that introduces the file in the channel.
	 * @param initialComment the text, in Slack's markup
	 * @return this request
	 */
	public FilesUploadRequest initialComment(@Nullable String initialComment) {
		this.initialComment = initialComment;
		return this;
	}

	/**
	 * Shares the file as a reply in the thread of the given parent message.
	 * @param threadTs the parent message's timestamp
	 * @return this request
	 */
	public FilesUploadRequest threadTs(@Nullable String threadTs) {
		this.threadTs = threadTs;
		return this;
	}

	/**
	 * Sets the description of an image for screen readers.
	 * @param altText the description
	 * @return this request
	 */
	public FilesUploadRequest altText(@Nullable String altText) {
		this.altText = altText;
		return this;
	}

	/**
	 * Sets the syntax of a snippet, for highlighting.
	 * @param snippetType the syntax, e.g. {@code python}
	 * @return this request
	 */
	public FilesUploadRequest snippetType(@Nullable String snippetType) {
		this.snippetType = snippetType;
		return this;
	}

	/**
	 * Returns the content to upload.
	 * @return the content, or {@code null} when not set
	 */
	public @Nullable FileContent content() {
		return this.content;
	}

	/**
	 * Returns the file name: the one set, or else the file name of a {@link Path} content.
	 * @return the file name, or {@code null} when there is none
	 */
	public @Nullable String filename() {
		if (this.filename != null) {
			return this.filename;
		}
		return (this.content != null) ? this.content.filename() : null;
	}

	/**
	 * Returns the title.
	 * @return the title, or {@code null} when not set
	 */
	public @Nullable String title() {
		return this.title;
	}

	/**
	 * Returns the channel to share the file in.
	 * @return the conversation ID, or {@code null} when not set
	 */
	public @Nullable String channel() {
		return this.channel;
	}

	/**
	 * Returns the message text that introduces the file.
	 * @return the text, or {@code null} when not set
	 */
	public @Nullable String initialComment() {
		return this.initialComment;
	}

	/**
	 * Returns the timestamp of the thread's parent message.
	 * @return the timestamp, or {@code null} when not set
	 */
	public @Nullable String threadTs() {
		return this.threadTs;
	}

	/**
	 * Returns the description of an image for screen readers.
	 * @return the description, or {@code null} when not set
	 */
	public @Nullable String altText() {
		return this.altText;
	}

	/**
	 * Returns the syntax of a snippet.
	 * @return the syntax, or {@code null} when not set
	 */
	public @Nullable String snippetType() {
		return this.snippetType;
	}

}
