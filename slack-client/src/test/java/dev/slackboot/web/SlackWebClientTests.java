package dev.slackboot.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.slackboot.web.auth.AuthTestResponse;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link SlackWebClient} against a real HTTP server: the envelope, errors, encodings, retries and blocking.
 */
class SlackWebClientTests {

	private static final String TOKEN = "xoxb-1111-secret-token";

	private static final SlackRetryPolicy FAST_RETRIES = new SlackRetryPolicy(2, Duration.ofMillis(10),
			Duration.ofMillis(50), 2, Duration.ofSeconds(5), Duration.ofMillis(20));

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger(SlackWebClient.class);

	@AfterEach
	void detachLogs() {
		this.logger.detachAppender(this.logs);
		this.logger.setLevel(null);
	}

	private SlackWebClient client() {
		return client(FAST_RETRIES, Duration.ofSeconds(5));
	}

	private SlackWebClient client(SlackRetryPolicy retries, Duration responseTimeout) {
		return SlackWebClient.builder()
			.baseUrl(slack.baseUrl() + "/api/")
			.token(TOKEN)
			.retryPolicy(retries)
			.responseTimeout(responseTimeout)
			.build();
	}

	@Test
	void jsonMethodIsPostedAsUtf8JsonWithBearerToken() {
		slack.stubFor(post("/api/chat.postMessage")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.000100\",\"message\":{\"text\":\"hi\"}}")));

		ChatPostMessageResponse response = client().chat()
			.postMessage((m) -> m.channel("C1").text("hi ünïcode").blocks(List.of(Map.of("type", "divider"))))
			.block();

		assertThat(response.ts()).isEqualTo("1.000100");
		assertThat(response.message().text()).isEqualTo("hi");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withHeader("Content-Length", matching("[0-9]+"))
			.withoutHeader("Transfer-Encoding")
			.withRequestBody(equalToJson(
					"{\"channel\":\"C1\",\"text\":\"hi ünïcode\",\"blocks\":[{\"type\":\"divider\"}]}")));
	}

	@Test
	void formMethodIsPostedFormEncodedWithStructuredValuesAsJson() {
		slack.stubFor(post("/api/files.getUploadURLExternal").willReturn(okJson("{\"ok\":true,\"file_id\":\"F1\"}")));

		JsonNode answer = client()
			.call("files.getUploadURLExternal", Map.of("filename", "a b&c.txt", "length", 12, "extra", List.of(Map.of("k", 1))))
			.block();

		assertThat(answer.path("file_id").asString()).isEqualTo("F1");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/files.getUploadURLExternal"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded;charset=UTF-8"))
			.withRequestBody(containing("filename=a+b%26c.txt"))
			.withRequestBody(containing("length=12"))
			.withRequestBody(containing("extra=%5B%7B%22k%22%3A1%7D%5D")));
	}

	@Test
	void readMethodIsSentAsGetWithQueryParameters() {
		slack.stubFor(get(urlPathEqualTo("/api/conversations.history"))
			.willReturn(okJson("{\"ok\":true,\"messages\":[]}")));

		client().call("conversations.history", Map.of("channel", "C1", "limit", 2)).block();

		slack.verify(getRequestedFor(urlPathEqualTo("/api/conversations.history"))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("limit", equalTo("2"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void unlistedMethodIsPostedFormEncoded() {
		slack.stubFor(post("/api/future.method").willReturn(okJson("{\"ok\":true,\"value\":7}")));

		assertThat(client().call("future.method", Map.of("a", "b")).block().path("value").asInt()).isEqualTo(7);
		slack.verify(postRequestedFor(urlPathEqualTo("/api/future.method")).withRequestBody(equalTo("a=b")));
	}

	@Test
	void okFalseBecomesSlackApiExceptionWithSlackDetails() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\","
				+ "\"needed\":\"chat:write\",\"provided\":\"channels:read\",\"warning\":\"missing_charset\","
				+ "\"response_metadata\":{\"warnings\":[\"missing_charset\",\"superfluous_charset\"]}}")));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client().chat().postMessage((m) -> m.channel("C1").text("x")).block());

		assertThat(ex.getMethod()).isEqualTo("chat.postMessage");
		assertThat(ex.getError()).isEqualTo("missing_scope");
		assertThat(ex.getNeeded()).isEqualTo("chat:write");
		assertThat(ex.getProvided()).isEqualTo("channels:read");
		assertThat(ex.getWarnings()).containsExactly("missing_charset", "superfluous_charset");
		assertThat(ex.getHttpStatus()).isEqualTo(200);
		assertThat(ex.isWriteMayHaveBeenProcessed()).isFalse();
		assertThat(ex.getMessage()).contains("chat.postMessage", "missing_scope", "chat:write").doesNotContain(TOKEN);
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void warningOnSuccessIsLoggedOncePerMethodAndCode() {
		captureLogs(Level.WARN);
		slack.stubFor(post("/api/auth.test")
			.willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\",\"warning\":\"method_deprecated\"}")));
		SlackWebClient client = client();

		for (int i = 0; i < 3; i++) {
			assertThat(client.auth().test().block().userId()).isEqualTo("U1");
		}

		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("auth.test", "method_deprecated").doesNotContain(TOKEN));
	}

	@Test
	void rateLimitedCallWaitsRetryAfterAndRetries() {
		slack.stubFor(post("/api/chat.postMessage").inScenario("429").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
			.willSetStateTo("ready"));
		slack.stubFor(post("/api/chat.postMessage").inScenario("429").whenScenarioStateIs("ready")
			.willReturn(okJson("{\"ok\":true,\"ts\":\"2.0\"}")));
		captureLogs(Level.DEBUG);

		long start = System.nanoTime();
		ChatPostMessageResponse response = client().chat().postMessage((m) -> m.channel("C1").text("x")).block();

		assertThat(response.ts()).isEqualTo("2.0");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		slack.verify(2, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy((line) -> assertThat(line).contains("Retrying chat.postMessage", "rate limited"));
	}

	@Test
	void rateLimitRetriesAreBounded() {
		slack.stubFor(post("/api/auth.test").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
			.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class, () -> client().auth().test().block());

		assertThat(ex.getHttpStatus()).isEqualTo(429);
		assertThat(ex.getError()).isEqualTo("ratelimited");
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ZERO);
		slack.verify(1 + FAST_RETRIES.maxRateLimitRetries(), postRequestedFor(urlPathEqualTo("/api/auth.test")));
	}

	@Test
	void twinWithoutRateLimitRetriesFailsAtOnceOn429() {
		slack.stubFor(post("/api/auth.test").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
		SlackWebClient client = client();

		SlackWebClient twin = client.withRetryPolicy(client.retryPolicy().withoutRateLimitRetries());

		assertThat(twin.retryPolicy().maxRetries()).isEqualTo(FAST_RETRIES.maxRetries());
		SlackApiException ex = catchThrowableOfType(SlackApiException.class, () -> twin.auth().test().block());
		assertThat(ex.getHttpStatus()).isEqualTo(429);
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/auth.test")));
	}

	@Test
	void retryAfterLongerThanTheLimitFailsAtOnce() {
		slack.stubFor(post("/api/auth.test").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class, () -> client().auth().test().block());

		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
		assertThat(ex.getMessage()).contains("retry after 120 s");
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/auth.test")));
	}

	@Test
	void serverErrorOnReadMethodIsRetriedWithBackoff() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("<html>unavailable</html>"))
			.willSetStateTo("ready"));
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).inScenario("5xx").whenScenarioStateIs("ready")
			.willReturn(okJson("{\"ok\":true,\"team\":{\"id\":\"T1\"}}")));

		JsonNode answer = client().call("team.info", Map.of()).block();

		assertThat(answer.path("team").path("id").asString()).isEqualTo("T1");
		slack.verify(2, getRequestedFor(urlPathEqualTo("/api/team.info")));
	}

	@Test
	void serverErrorOnReadMethodFailsAfterTheRetryBudget() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).willReturn(aResponse().withStatus(500)));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client().call("team.info", Map.of()).block());

		assertThat(ex.getHttpStatus()).isEqualTo(500);
		assertThat(ex.isWriteMayHaveBeenProcessed()).isFalse();
		slack.verify(1 + FAST_RETRIES.maxRetries(), getRequestedFor(urlPathEqualTo("/api/team.info")));
	}

	@Test
	void serverErrorOnWriteIsNotRetriedAndSaysItMayHaveBeenProcessed() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withStatus(502)));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client().chat().postMessage((m) -> m.channel("C1").text("x")).block());

		assertThat(ex.getHttpStatus()).isEqualTo(502);
		assertThat(ex.isWriteMayHaveBeenProcessed()).isTrue();
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void timeoutOnWriteIsNotRetried() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(1500)));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class, () -> client(FAST_RETRIES,
				Duration.ofMillis(300)).chat().postMessage((m) -> m.channel("C1").text("x")).block());

		assertThat(ex.getHttpStatus()).isZero();
		assertThat(ex.isWriteMayHaveBeenProcessed()).isTrue();
		assertThat(ex.getMessage()).contains("no answer within 300 ms", "may have been processed");
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void timeoutOnWriteOfAClientThatAlreadyCalledIsReportedTheSameWay() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\"}")));
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(1500)));
		SlackWebClient client = client(FAST_RETRIES, Duration.ofMillis(300));
		client.auth().test().block();

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client.chat().postMessage((m) -> m.channel("C1").text("x")).block());

		assertThat(ex.getHttpStatus()).isZero();
		assertThat(ex.isWriteMayHaveBeenProcessed()).isTrue();
		assertThat(ex.getMessage()).isEqualTo("Slack method chat.postMessage failed: no answer within 300 ms "
				+ "(the call may have been processed by Slack; it was not retried)");
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void timeoutOnReadOfAClientThatAlreadyCalledIsRetriedThenReported() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).willReturn(okJson("{\"ok\":true}").withFixedDelay(1500)));
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U1\"}")));
		SlackWebClient client = client(FAST_RETRIES, Duration.ofMillis(300));
		client.auth().test().block();

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client.call("team.info", Map.of()).block());

		assertThat(ex.getMessage()).isEqualTo("Slack method team.info failed: no answer within 300 ms");
		assertThat(ex.isWriteMayHaveBeenProcessed()).isFalse();
		slack.verify(3, getRequestedFor(urlPathEqualTo("/api/team.info")));
	}

	@Test
	void answerSpanningManyNetworkReadsIsReadWhole() {
		String text = "x".repeat(200_000);
		slack.stubFor(post("/api/chat.postMessage")
			.willReturn(okJson("{\"ok\":true,\"ts\":\"1.0001\",\"message\":{\"text\":\"" + text + "\"}}")));

		ChatPostMessageResponse response = client().chat()
			.postMessage((m) -> m.channel("C1").text("hi"))
			.block();

		assertThat(response.message().text()).isEqualTo(text);
	}

	@Test
	void answerAboveTheCodecsInMemoryLimitFails() {
		slack.stubFor(post("/api/chat.postMessage")
			.willReturn(okJson("{\"ok\":true,\"message\":{\"text\":\"" + "x".repeat(2048) + "\"}}")));
		SlackWebClient client = SlackWebClient.builder()
			.webClientBuilder(WebClient.builder().codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(1024)))
			.baseUrl(slack.baseUrl() + "/api/")
			.token(TOKEN)
			.build();

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client.chat().postMessage((m) -> m.channel("C1").text("hi")).block());

		assertThat(ex.getMessage()).contains("DataBufferLimitException", "1024");
	}

	@Test
	void timeoutOnReadIsRetried() {
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"ok\":true}").withFixedDelay(1500))
			.willSetStateTo("fast"));
		slack.stubFor(get(urlPathEqualTo("/api/team.info")).inScenario("slow").whenScenarioStateIs("fast")
			.willReturn(okJson("{\"ok\":true,\"team\":{\"id\":\"T2\"}}")));

		JsonNode answer = client(FAST_RETRIES, Duration.ofMillis(300)).call("team.info", Map.of()).block();

		assertThat(answer.path("team").path("id").asString()).isEqualTo("T2");
	}

	@Test
	void connectionFailureIsRetriedEvenForWritesAndIsKnownNotToHaveBeenProcessed() {
		captureLogs(Level.DEBUG);
		SlackWebClient client = SlackWebClient.builder()
			.baseUrl("http://127.0.0.1:1/api/")
			.token(TOKEN)
			.retryPolicy(FAST_RETRIES)
			.build();

		SlackApiException ex = catchThrowableOfType(SlackApiException.class,
				() -> client.chat().postMessage((m) -> m.channel("C1").text("x")).block());

		assertThat(ex.isWriteMayHaveBeenProcessed()).isFalse();
		assertThat(ex.getMessage()).doesNotContain(TOKEN);
		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.filteredOn((line) -> line.startsWith("Retrying chat.postMessage"))
			.hasSize(FAST_RETRIES.maxRetries());
	}

	@Test
	void missingRequiredArgumentFailsBeforeAnyCall() {
		StepVerifier.create(client().chat().postMessage((m) -> m.text("no channel")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("chat.postMessage")
				.hasMessageContaining("'channel'"))
			.verify();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client().blocking().chat().postMessage((m) -> m.channel(" ")));
		slack.verify(0, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void blockingFormReturnsTheTypedAnswer() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U9\",\"team_id\":\"T9\"}")));

		AuthTestResponse response = client().blocking().auth().test();

		assertThat(response.userId()).isEqualTo("U9");
		assertThat(response.teamId()).isEqualTo("T9");
	}

	@Test
	void blockingCallOnAnEventLoopFailsWithAClearMessage() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"user_id\":\"U9\"}")));
		SlackWebClient client = client();

		Mono<AuthTestResponse> nested = client.auth().test().map((first) -> client.blocking().auth().test());

		assertThatIllegalStateException().isThrownBy(nested::block)
			.withMessageContaining("auth.test")
			.withMessageContaining("must not block")
			.withMessageContaining("reactive SlackWebClient");
		assertThatIllegalStateException()
			.isThrownBy(() -> Mono.fromCallable(() -> client.blocking().call("team.info", Map.of()))
				.subscribeOn(Schedulers.parallel())
				.block())
			.withMessageContaining("team.info");
	}

	@Test
	void withTokenCallsWithTheOtherToken() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true}")));

		client().withToken("xoxb-other").auth().test().block();

		slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.test"))
			.withHeader("Authorization", equalTo("Bearer xoxb-other")));
	}

	@Test
	void toStringMasksTokens() {
		SlackWebClient client = SlackWebClient.builder().token(TOKEN).appToken("xapp-1-secret").build();

		assertThat(client.toString()).contains("xoxb-****", "xapp-****").doesNotContain("secret");
	}

	@Test
	void answerThatIsNotJsonIsReported() {
		slack.stubFor(post("/api/auth.test").willReturn(aResponse().withStatus(200).withBody("<html>proxy</html>")));

		SlackApiException ex = catchThrowableOfType(SlackApiException.class, () -> client().auth().test().block());

		assertThat(ex.getMessage()).contains("auth.test", "not a JSON object");
		assertThat(ex.getHttpStatus()).isEqualTo(200);
	}

	private void captureLogs(Level level) {
		this.logs.start();
		this.logger.addAppender(this.logs);
		this.logger.setLevel(level);
	}

}
