package dev.slackboot.web.files;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code files.getUploadURLExternal}, the first step of an upload. {@code filename} and
 * {@code length} are required.
 */
public final class FilesGetUploadURLExternalRequest extends SlackRequest<FilesGetUploadURLExternalRequest> {

	/**
	 * Creates an empty request.
	 */
	public FilesGetUploadURLExternalRequest() {
		super("filename", "length");
	}

	/**
	 * Sets the name of the file to upload.
	 * @param filename the file name, e.g. {@code report.pdf}
	 * @return this request
	 */
	public FilesGetUploadURLExternalRequest filename(@Nullable String filename) {
		return param("filename", filename);
	}

	/**
	 * Sets the size of the file to upload.
	 * @param length the size in bytes, at least 1
	 * @return this request
	 */
	public FilesGetUploadURLExternalRequest length(@Nullable Long length) {
		return param("length", length);
	}

	/**
	 * Sets the description of an image for screen readers.
	 * @param altTxt the description
	 * @return this request
	 */
	public FilesGetUploadURLExternalRequest altTxt(@Nullable String altTxt) {
		return param("alt_txt", altTxt);
	}

	/**
	 * Sets the syntax of a snippet, for highlighting.
	 * @param snippetType the syntax, e.g. {@code python}
	 * @return this request
	 */
	public FilesGetUploadURLExternalRequest snippetType(@Nullable String snippetType) {
		return param("snippet_type", snippetType);
	}

}
