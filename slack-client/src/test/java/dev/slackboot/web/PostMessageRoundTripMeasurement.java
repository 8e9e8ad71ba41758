package dev.slackboot.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.netty.buffer.Unpooled;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Measures one blocking {@code chat.postMessage} round trip against a local WireMock server: the median over
 * many calls, next to a raw Reactor Netty {@link HttpClient} that posts the same JSON and parses the answer
 * with Jackson, measured in the same run. Not a test: run it with
 * {@code ./mvnw -q -pl slack-client test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.slackboot.web.PostMessageRoundTripMeasurement}.
 */
public final class PostMessageRoundTripMeasurement {

	private static final int WARMUP = 3_000;

	private static final int CALLS = 5_000;

	private static final String ANSWER = "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1503435956.000247\","
			+ "\"message\":{\"type\":\"message\",\"text\":\"hello\",\"user\":\"U1\",\"ts\":\"1503435956.000247\"}}";

	private PostMessageRoundTripMeasurement() {
	}

	public static void main(String[] args) {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal());
		server.start();
		try {
			server.stubFor(post("/api/chat.postMessage").willReturn(okJson(ANSWER)));
			String base = server.baseUrl() + "/api/";
			BlockingSlackWebClient slack = SlackWebClient.builder().baseUrl(base).token("xoxb-measure").build().blocking();
			JsonMapper mapper = JsonMapper.builder().build();
			HttpClient raw = HttpClient.create()
				.headers((h) -> h.set("Authorization", "Bearer xoxb-measure").set("Content-Type", "application/json"));
			byte[] body = "{\"channel\":\"C1\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
			Supplier<Object> rawCall = () -> raw.post()
				.uri(base + "chat.postMessage")
				.send((request, out) -> out.send(reactor.core.publisher.Mono.just(Unpooled.wrappedBuffer(body))))
				.responseSingle((response, content) -> content.asByteArray())
				.map((bytes) -> mapper.readValue(bytes, JsonNode.class))
				.block();
			Supplier<Object> slackCall = () -> slack.chat().postMessage((m) -> m.channel("C1").text("hello"));
			for (int round = 0; round < 2; round++) {
				long rawMedian = median(rawCall);
				long slackMedian = median(slackCall);
				System.out.printf("round %d: raw Reactor Netty + Jackson median %d us, SlackWebClient blocking median %d us, ratio %.2f%n",
						round + 1, rawMedian / 1000, slackMedian / 1000, (double) slackMedian / rawMedian);
			}
		}
		finally {
			server.stop();
		}
	}

	private static long median(Supplier<Object> call) {
		for (int i = 0; i < WARMUP; i++) {
			call.get();
		}
		long[] nanos = new long[CALLS];
		for (int i = 0; i < CALLS; i++) {
			long start = System.nanoTime();
			call.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[CALLS / 2];
	}

}
