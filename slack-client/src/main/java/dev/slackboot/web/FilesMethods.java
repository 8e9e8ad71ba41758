package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.files.FilesCompleteUploadExternalRequest;
import dev.slackboot.web.files.FilesCompleteUploadExternalResponse;
import dev.slackboot.web.files.FilesGetUploadURLExternalRequest;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import dev.slackboot.web.files.FilesUploadRequest;
import dev.slackboot.web.files.FilesUploadResponse;
import reactor.core.publisher.Mono;

/**
 * Slack's {@code files.*} methods, including the one-call {@link #upload(Consumer) upload}.
 */
public final class FilesMethods {

	private final SlackApiInvoker api;

	private final FileUploader uploader;

	FilesMethods(SlackApiInvoker api) {
		this.api = api;
		this.uploader = new FileUploader(api);
	}

	/**
	 * Uploads a file and shares it, in one call running Slack's upload flow: {@code files.getUploadURLExternal}
	 * with the file name and length, a {@code POST} of the bytes to the pre-signed upload URL Slack returns
	 * (which is never sent the Slack token), then {@code files.completeUploadExternal} with the title and
	 * where to share the file. The content is streamed, not read whole into memory.
	 * <p>
	 * Fails with an {@link IllegalArgumentException} before any HTTP call when the content or the file name is
	 * missing or the content is empty, and with a {@link SlackApiException} when a step fails; when the upload
	 * of the bytes fails, the exception's {@linkplain SlackApiException#getMethod() method} is
	 * {@code upload_url} and {@code files.completeUploadExternal} is not called.
	 * @param request fills in the request, e.g.
	 * {@code u -> u.content(Path.of("report.pdf")).channel("C123").initialComment("Today's report")}
	 * @return the answer of {@code files.completeUploadExternal}, with the uploaded file
	 */
	public Mono<FilesUploadResponse> upload(Consumer<FilesUploadRequest> request) {
		FilesUploadRequest upload = new FilesUploadRequest();
		request.accept(upload);
		return this.uploader.upload(upload);
	}

	/**
	 * Calls {@code files.getUploadURLExternal}: the first step of an upload, returning the URL to send the
	 * bytes to. Most code uses {@link #upload(Consumer)} instead.
	 * @param request fills in the request, e.g. {@code f -> f.filename("report.pdf").length(53072L)}
	 * @return the answer, with the upload URL and the new file's ID
	 */
	public Mono<FilesGetUploadURLExternalResponse> getUploadURLExternal(
			Consumer<FilesGetUploadURLExternalRequest> request) {
		return this.api.invoke("files.getUploadURLExternal",
				SlackRequests.build(new FilesGetUploadURLExternalRequest(), request),
				FilesGetUploadURLExternalResponse.class);
	}

	/**
	 * Calls {@code files.completeUploadExternal}: the last step of an upload, finishing the uploaded files and
	 * sharing them. Most code uses {@link #upload(Consumer)} instead.
	 * @param request fills in the request, e.g. {@code f -> f.file("F123", "Report").channelId("C123")}
	 * @return the answer, with the completed files
	 */
	public Mono<FilesCompleteUploadExternalResponse> completeUploadExternal(
			Consumer<FilesCompleteUploadExternalRequest> request) {
		return this.api.invoke("files.completeUploadExternal",
				SlackRequests.build(new FilesCompleteUploadExternalRequest(), request),
				FilesCompleteUploadExternalResponse.class);
	}

}
