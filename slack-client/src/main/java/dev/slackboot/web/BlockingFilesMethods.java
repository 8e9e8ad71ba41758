package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.files.FilesCompleteUploadExternalRequest;
import dev.slackboot.web.files.FilesCompleteUploadExternalResponse;
import dev.slackboot.web.files.FilesGetUploadURLExternalRequest;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import dev.slackboot.web.files.FilesUploadRequest;
import dev.slackboot.web.files.FilesUploadResponse;

/**
 * Slack's {@code files.*} methods, blocking.
 *
 * @see FilesMethods
 */
public final class BlockingFilesMethods {

	private final FilesMethods methods;

	BlockingFilesMethods(FilesMethods methods) {
		this.methods = methods;
	}

	/**
	 * Uploads a file and shares it, in one call running Slack's upload flow.
	 * @param request fills in the request
	 * @return the answer of {@code files.completeUploadExternal}, with the uploaded file
	 * @see FilesMethods#upload(Consumer)
	 */
	public FilesUploadResponse upload(Consumer<FilesUploadRequest> request) {
		return BlockingSupport.await(this.methods.upload(request),
				"files.getUploadURLExternal + files.completeUploadExternal");
	}

	/**
	 * Calls {@code files.getUploadURLExternal}: the first step of an upload.
	 * @param request fills in the request
	 * @return the answer
	 * @see FilesMethods#getUploadURLExternal(Consumer)
	 */
	public FilesGetUploadURLExternalResponse getUploadURLExternal(Consumer<FilesGetUploadURLExternalRequest> request) {
		return BlockingSupport.await(this.methods.getUploadURLExternal(request), "files.getUploadURLExternal");
	}

	/**
	 * Calls {@code files.completeUploadExternal}: the last step of an upload.
	 * @param request fills in the request
	 * @return the answer
	 * @see FilesMethods#completeUploadExternal(Consumer)
	 */
	public FilesCompleteUploadExternalResponse completeUploadExternal(
			Consumer<FilesCompleteUploadExternalRequest> request) {
		return BlockingSupport.await(this.methods.completeUploadExternal(request), "files.completeUploadExternal");
	}

}
