package dev.slackboot.test.emulator;

import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

/**
 * Serves the files' bytes: receives them at the upload URLs {@code files.getUploadURLExternal} hands out (as
 * Slack's pre-signed URLs, without a token), answering {@code OK - <length>}, and serves them back at the files'
 * {@code url_private} to callers with a bot token.
 */
final class FileUploadEndpoint implements EmulatorEndpoint {

	/**
	 * The path of the upload URLs, before the file's secret key.
	 */
	static final String UPLOAD_PATH = "upload/v1/";

	private final Workspace workspace;

	private final EmulatorTokens tokens;

	FileUploadEndpoint(Workspace workspace, EmulatorTokens tokens) {
		this.workspace = workspace;
		this.tokens = tokens;
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.post("/" + UPLOAD_PATH + "{key}", this::upload)
			.get("/files-pri/{ref}/{name}", this::download)
			.get("/files-pri/{ref}/download/{name}", this::download);
	}

	private Publisher<Void> upload(HttpServerRequest request, HttpServerResponse response) {
		String key = request.param("key");
		return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
			WorkspaceFile file = (key != null) ? this.workspace.fileByUploadKey(key) : null;
			if (file == null || file.isCompleted()) {
				return text(response, 404, "Not Found");
			}
			this.workspace.locked(() -> {
				file.content(body);
				return file;
			});
			return text(response, 200, "OK - " + body.length);
		});
	}

	private Publisher<Void> download(HttpServerRequest request, HttpServerResponse response) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION, "");
		String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : "";
		TokenGrant caller = this.tokens.find(token);
		if (caller == null || caller.kind() != TokenGrant.Kind.BOT) {
			return text(response, 403, "Forbidden");
		}
		String ref = request.param("ref");
		String fileId = (ref != null && ref.contains("-")) ? ref.substring(ref.indexOf('-') + 1) : "";
		WorkspaceFile file = this.workspace.file(fileId);
		byte[] content = this.workspace.locked(() -> (file != null) ? file.content() : null);
		if (file == null || content == null) {
			return text(response, 404, "Not Found");
		}
		String type = URLConnection.guessContentTypeFromName(file.name());
		response.status(200).header(HttpHeaderNames.CONTENT_TYPE, (type != null) ? type : "application/octet-stream");
		return response.sendByteArray(Mono.just(content));
	}

	private static Mono<Void> text(HttpServerResponse response, int status, String body) {
		response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
		return response.sendByteArray(Mono.just(body.getBytes(StandardCharsets.UTF_8))).then();
	}

}
