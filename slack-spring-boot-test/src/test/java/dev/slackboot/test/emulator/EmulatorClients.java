package dev.slackboot.test.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.slackboot.web.SlackApiException;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Clients for the tests: the typed {@link SlackWebClient} (without retries, so that every answer shows) and raw
 * HTTP.
 */
final class EmulatorClients {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private EmulatorClients() {
	}

	static SlackWebClient client(SlackEmulator emulator) {
		return client(emulator, emulator.botToken());
	}

	static SlackWebClient client(SlackEmulator emulator, @Nullable String token) {
		return SlackWebClient.builder()
			.baseUrl(emulator.baseUrl())
			.token(token)
			.appToken(emulator.appToken())
			.retryPolicy(SlackRetryPolicy.none())
			.build();
	}

	static SlackApiException failure(ThrowingCallable call) {
		SlackApiException ex = catchThrowableOfType(SlackApiException.class, call);
		if (ex == null) {
			throw new AssertionError("Expected the call to fail with a SlackApiException");
		}
		return ex;
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> post(String url, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
