package dev.slackboot.web;

import java.net.URI;
import java.util.List;

import dev.slackboot.web.files.FileContent;
import dev.slackboot.web.files.FilesCompleteUploadExternalRequest;
import dev.slackboot.web.files.FilesGetUploadURLExternalRequest;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import dev.slackboot.web.files.FilesUploadRequest;
import dev.slackboot.web.files.FilesUploadResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Runs Slack's upload flow for {@link FilesMethods#upload}: {@code files.getUploadURLExternal}, a {@code POST}
 * of the bytes to the pre-signed upload URL it returns (without the Slack token), then
 * {@code files.completeUploadExternal}.
 */
final class FileUploader {

	/**
	 * The name of the upload step in a {@link SlackApiException}, as {@link SlackApiException#getMethod()}.
	 */
	static final String UPLOAD_STEP = "upload_url";

	private static final Log logger = LogFactory.getLog(SlackWebClient.class);

	private static final String GET_UPLOAD_URL = "files.getUploadURLExternal";

	private static final String COMPLETE_UPLOAD = "files.completeUploadExternal";

	private final SlackApiInvoker api;

	FileUploader(SlackApiInvoker api) {
		this.api = api;
	}

	Mono<FilesUploadResponse> upload(FilesUploadRequest request) {
		return Mono.defer(() -> {
			FileContent content = request.content();
			if (content == null) {
				throw new IllegalArgumentException("A file upload requires content; set it on the request builder "
						+ "(e.g. u -> u.content(path), u.content(bytes) or u.content(buffers, length))");
			}
			String filename = request.filename();
			if (!StringUtils.hasText(filename)) {
				throw new IllegalArgumentException("A file upload requires a filename; set it on the request builder "
						+ "(e.g. u -> u.filename(\"report.pdf\")); it defaults to the file name only for a Path");
			}
			long length = content.length();
			if (length < 1) {
				throw new IllegalArgumentException("Slack does not accept an empty file: the content of '" + filename
						+ "' has a length of " + length + " bytes");
			}
			FilesGetUploadURLExternalRequest getUploadUrl = new FilesGetUploadURLExternalRequest().filename(filename)
				.length(length)
				.altTxt(request.altText())
				.snippetType(request.snippetType());
			return this.api.invoke(GET_UPLOAD_URL, getUploadUrl, FilesGetUploadURLExternalResponse.class)
				.flatMap((target) -> {
					String fileId = target.fileId();
					String uploadUrl = target.uploadUrl();
					if (fileId == null || uploadUrl == null) {
						return Mono.error(new SlackApiException(GET_UPLOAD_URL, 200, null, null, null, List.of(),
								null, false, "Slack answered " + GET_UPLOAD_URL + " without a file_id or upload_url",
								null));
					}
					return send(fileId, uploadUrl, filename, content, length).then(complete(fileId, request));
				});
		});
	}

	/**
	 * Bounds the wait for the upload URL's answer once the bytes are sent (Reactor Netty's per-request
	 * response timeout), so a slow upload of a large file is not cut off while it is still sending.
	 */
	private void applyResponseTimeout(ClientHttpRequest request) {
		this.api.responseTimeout().applyTo(request);
	}

	private Mono<Void> send(String fileId, String uploadUrl, String filename, FileContent content, long length) {
		return this.api.webClient()
			.post()
			.uri(URI.create(uploadUrl))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(length)
			.body(BodyInserters.fromDataBuffers(content.read()))
			.httpRequest(this::applyResponseTimeout)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.onErrorMap((ex) -> uploadFailure(fileId, filename, 0, describe(ex), ex))
			.flatMap((status) -> {
				if (status < 200 || status >= 300) {
					return Mono.error(uploadFailure(fileId, filename, status, "HTTP " + status, null));
				}
				if (logger.isDebugEnabled()) {
					logger.debug("Uploaded " + length + " bytes of file " + fileId + " ('" + filename + "')");
				}
				return Mono.empty();
			});
	}

	private Mono<FilesUploadResponse> complete(String fileId, FilesUploadRequest request) {
		FilesCompleteUploadExternalRequest complete = new FilesCompleteUploadExternalRequest()
			.file(fileId, request.title())
			.channelId(request.channel())
			.initialComment(request.initialComment())
			.threadTs(request.threadTs());
		return this.api.invoke(COMPLETE_UPLOAD, complete, FilesUploadResponse.class);
	}

	private static SlackApiException uploadFailure(String fileId, String filename, int status, String reason,
			@Nullable Throwable cause) {
		return new SlackApiException(UPLOAD_STEP, status, null, null, null, List.of(), null, false,
				"Uploading the bytes of file " + fileId + " ('" + filename + "') to the upload_url returned by "
						+ GET_UPLOAD_URL + " failed: " + reason + "; " + COMPLETE_UPLOAD
						+ " was not called, so the file is not shared",
				cause);
	}

	private static String describe(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

}
