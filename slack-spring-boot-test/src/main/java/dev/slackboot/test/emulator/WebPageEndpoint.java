package dev.slackboot.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the web page for people: the conversations, their messages as they are posted, and a box to post as a
 * user. The page is plain HTML, CSS and JavaScript from the classpath ({@code ui/} beside this class) that reads
 * and writes through the {@linkplain ControlApiEndpoint control API}.
 * <ul>
 * <li>{@code GET /} and {@code GET /_emulator/ui}: the page</li>
 * <li>{@code GET /_emulator/ui/app.css}, {@code /_emulator/ui/app.js}: its assets</li>
 * <li>{@code GET /_emulator/stream}: the workspace's events as Server-Sent Events (see
 * {@link WorkspaceEventStream})</li>
 * </ul>
 */
final class WebPageEndpoint implements EmulatorEndpoint {

	/**
	 * The path of the page and its assets.
	 */
	static final String UI_PATH = "/_emulator/ui";

	/**
	 * The path of the event stream.
	 */
	static final String STREAM_PATH = "/_emulator/stream";

	private static final String PAGE = "index.html";

	private static final Map<String, String> CONTENT_TYPES = Map.of(PAGE, "text/html; charset=utf-8", "app.css",
			"text/css; charset=utf-8", "app.js", "text/javascript; charset=utf-8");

	private final Map<String, byte[]> assets = new LinkedHashMap<>();

	private final WorkspaceEventStream events;

	WebPageEndpoint(Workspace workspace, JsonMapper mapper) {
		this.events = new WorkspaceEventStream(workspace, mapper);
		CONTENT_TYPES.keySet().forEach((name) -> this.assets.put(name, load(name)));
	}

	private static byte[] load(String name) {
		try (InputStream in = WebPageEndpoint.class.getResourceAsStream("ui/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The emulator's web page asset ui/" + name + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the emulator's web page asset ui/" + name, ex);
		}
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get("/", (request, response) -> asset(response, PAGE))
			.get(UI_PATH, (request, response) -> asset(response, PAGE))
			.get(UI_PATH + "/", (request, response) -> asset(response, PAGE))
			.get(UI_PATH + "/{file}", this::requestedAsset)
			.get(STREAM_PATH, this::stream);
	}

	private Publisher<Void> requestedAsset(HttpServerRequest request, HttpServerResponse response) {
		String file = request.param("file");
		return asset(response, (file != null) ? file : "");
	}

	private Publisher<Void> asset(HttpServerResponse response, String name) {
		byte[] content = this.assets.get(name);
		if (content == null) {
			return response.status(404)
				.header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
				.sendString(Mono.just("Not Found"), StandardCharsets.UTF_8);
		}
		return response.status(200)
			.header(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPES.get(name))
			.header(HttpHeaderNames.CACHE_CONTROL, "no-cache")
			.header("X-Content-Type-Options", "nosniff")
			.sendByteArray(Mono.just(content));
	}

	private Publisher<Void> stream(HttpServerRequest request, HttpServerResponse response) {
		return response.status(200)
			.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
			.header(HttpHeaderNames.CACHE_CONTROL, "no-cache")
			.sendString(this.events.connect(), StandardCharsets.UTF_8);
	}

	@Override
	public void stop() {
		this.events.stop();
	}

}
