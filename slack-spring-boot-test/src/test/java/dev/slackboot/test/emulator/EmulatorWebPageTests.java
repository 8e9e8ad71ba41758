package dev.slackboot.test.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.slackboot.model.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page for people, over plain HTTP: the page, its assets and its event stream.
 */
class EmulatorWebPageTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final SlackEmulator emulator = SlackEmulator.create().start();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.emulator.rootUrl() + path)));
	}

	@Test
	void pageIsServedAtTheRootAndUnderTheControlApi() {
		HttpResponse<String> root = send(HttpRequest.newBuilder(URI.create(this.emulator.pageUrl())));
		assertThat(this.emulator.pageUrl()).isEqualTo(this.emulator.rootUrl());
		assertThat(root.statusCode()).isEqualTo(200);
		assertThat(root.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(root.body()).contains("<ol id=\"messages\"", "aria-live=\"polite\"", "<label for=\"message-text\"",
				"<label for=\"post-as\"");
		assertThat(get("_emulator/ui").body()).isEqualTo(root.body());
		assertThat(get("_emulator/ui/").body()).isEqualTo(root.body());
	}

	@Test
	void everyAssetThePageNamesIsServedWithItsContentType() {
		String page = get("").body();
		Matcher references = Pattern.compile("(?:href|src)=\"(/_emulator/ui/[^\"]+)\"").matcher(page);
		List<String> assets = new ArrayList<>();
		while (references.find()) {
			assets.add(references.group(1));
		}
		assertThat(assets).containsExactlyInAnyOrder("/_emulator/ui/app.css", "/_emulator/ui/app.js");
		HttpResponse<String> css = get("_emulator/ui/app.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
		HttpResponse<String> script = get("_emulator/ui/app.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
		assertThat(script.body()).contains("new EventSource('/_emulator/stream')", "'/_emulator/messages'");
	}

	@Test
	void onlyThePageAssetsAreServed() {
		assertThat(get("_emulator/ui/missing.js").statusCode()).isEqualTo(404);
		assertThat(get("_emulator/ui/..%2FSlackEmulator.class").statusCode()).isEqualTo(404);
		assertThat(get("_emulator/ui/%2E%2E%2Fui%2Fapp.js").statusCode()).isEqualTo(404);
	}

	@Test
	void streamDeliversEveryWorkspaceChangeAsServerSentEvents() {
		try (EventStream stream = EventStream.open(this.emulator)) {
			assertThat(stream.contentType()).startsWith("text/event-stream");
			assertThat(stream.next().path("type").asString()).isEqualTo("hello");
			Message posted = this.emulator.postAsUser("general", "hello");
			JsonNode message = stream.next();
			assertThat(message.path("type").asString()).isEqualTo("message");
			assertThat(message.path("channel").asString()).isEqualTo("C0GENERAL");
			assertThat(message.path("user").asString()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
			assertThat(message.path("text").asString()).isEqualTo("hello");
			assertThat(message.path("ts").asString()).isEqualTo(posted.ts());
			this.emulator.react("bob", "secret-project", this.emulator.postAsUser("secret-project", "psst").ts(), "eyes");
			assertThat(stream.next().path("text").asString()).isEqualTo("psst");
			JsonNode reaction = stream.next();
			assertThat(reaction.path("type").asString()).isEqualTo("reaction_added");
			assertThat(reaction.path("item").path("channel").asString()).isEqualTo("C0PRIVATE");
			assertThat(reaction.path("reaction").asString()).isEqualTo("eyes");
		}
	}

	@Test
	void stoppingTheEmulatorEndsTheStream() {
		try (EventStream stream = EventStream.open(this.emulator)) {
			assertThat(stream.next().path("type").asString()).isEqualTo("hello");
			this.emulator.stop();
			assertThat(stream.awaitEnd()).isTrue();
		}
	}

	/**
	 * An event-stream reader: the {@code data:} lines of a {@code GET /_emulator/stream}, read on another thread.
	 */
	private static final class EventStream implements AutoCloseable {

		private static final String END = "";

		private final HttpResponse<Stream<String>> response;

		private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

		private EventStream(HttpResponse<Stream<String>> response) {
			this.response = response;
			Thread reader = new Thread(() -> {
				try (Stream<String> lines = response.body()) {
					lines.filter((line) -> line.startsWith("data: "))
						.map((line) -> line.substring("data: ".length()))
						.forEach(this.data::add);
				}
				catch (UncheckedIOException ex) {
					// the connection was closed by close()
				}
				this.data.add(END);
			}, "event-stream-reader");
			reader.setDaemon(true);
			reader.start();
		}

		static EventStream open(SlackEmulator emulator) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.rootUrl() + "_emulator/stream"))
				.header("Accept", "text/event-stream")
				.build();
			try {
				return new EventStream(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		String contentType() {
			return this.response.headers().firstValue("Content-Type").orElse("");
		}

		JsonNode next() {
			String event = poll();
			if (event == null || END.equals(event)) {
				throw new AssertionError("No event on the stream within " + TIMEOUT);
			}
			return EmulatorClients.JSON.readTree(event);
		}

		boolean awaitEnd() {
			String event = poll();
			while (event != null && !END.equals(event)) {
				event = poll();
			}
			return event != null;
		}

		private String poll() {
			try {
				return this.data.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			this.response.body().close();
		}

	}

}
