package dev.slackboot.events;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.slackboot.events.EventsApiTestServer.Answer;
import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.util.unit.DataSize;

import static dev.slackboot.events.EventsApiTestServer.now;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackEventsApiHandler} on a real HTTP server, delivering to a real
 * {@link SlackEventDispatcher}.
 */
class SlackEventsApiHandlerTests {

	private static final String SECRET_MARKER = "do-not-log-this-body-7f3a";

	private static final List<String> VERBOSE_LOGGERS = List.of("dev.slackboot", "org.springframework", "reactor.netty",
			"io.netty");

	private final BlockingQueue<SlackEvent> received = new LinkedBlockingQueue<>();

	private final CountDownLatch slowListenerRelease = new CountDownLatch(1);

	private final CountDownLatch slowListenerStarted = new CountDownLatch(1);

	private SlackEventDispatcher dispatcher;

	private SlackEventsApiHandler handler;

	private EventsApiTestServer server;

	@BeforeEach
	void start() {
		this.dispatcher = new SlackEventDispatcher();
		this.dispatcher.register(new SimpleSlackListenerEndpoint("all", SlackEventSelector.of("*"), (context) -> {
			this.received.add(context.event());
			return null;
		}));
		this.dispatcher.register(new SimpleSlackListenerEndpoint("slow", SlackEventSelector.of("app_mention"),
				(context) -> {
					this.slowListenerStarted.countDown();
					this.slowListenerRelease.await(20, TimeUnit.SECONDS);
					return null;
				}));
		this.handler = SlackEventsApiHandler.builder()
			.signingSecret(EventsApiTestServer.SIGNING_SECRET)
			.eventHandler(this.dispatcher)
			.maxBodySize(DataSize.ofKilobytes(4))
			.build();
		this.server = EventsApiTestServer.start(this.handler);
	}

	@AfterEach
	void stop() {
		this.slowListenerRelease.countDown();
		this.server.close();
		this.dispatcher.stop().block(Duration.ofSeconds(10));
		this.dispatcher.close();
	}

	@Test
	void answersUrlVerificationWithChallenge() {
		this.dispatcher.start();
		Answer answer = this.server.postJson("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":"
				+ "\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode json = TestEvents.MAPPER.readTree(answer.body());
		assertThat(json.path("challenge").asString()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
		assertThat(this.handler.getMetrics().getAcceptedCount()).isZero();
	}

	@Test
	void dispatchesEventCallbackAsEventsApiEvent() throws InterruptedException {
		this.dispatcher.start();
		Answer answer = this.server.postJson(eventCallback("Ev01", "message", "C1", "hello"));
		assertThat(answer.status()).isEqualTo(200);
		SlackEvent event = poll();
		assertThat(event.type()).isEqualTo("message");
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).isEqualTo("T1");
		assertThat(event.eventId()).isEqualTo("Ev01");
		assertThat(event.transport()).isEqualTo(SlackTransport.EVENTS_API);
		assertThat(event.retryAttempt()).isZero();
		assertThat(event.event().path("text").asString()).isEqualTo("hello");
		assertThat(event.payload().path("event_id").asString()).isEqualTo("Ev01");
		assertThat(this.handler.getMetrics().getAcceptedCount()).isEqualTo(1);
	}

	@Test
	void answersBeforeSlowListenerFinishes() throws InterruptedException {
		this.dispatcher.start();
		Answer answer = this.server.postJson(eventCallback("Ev02", "app_mention", "C1", "<@U0BOT> deploy"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(3));
		assertThat(this.slowListenerStarted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.slowListenerRelease.getCount()).isOne();
		assertThat(this.dispatcher.getActiveCount()).isOne();
	}

	@Test
	void refusesBadMissingAndStaleSignaturesWithoutDispatchingOrLoggingBody() {
		this.dispatcher.start();
		ListAppender<ILoggingEvent> logs = captureLogs();
		try {
			String json = eventCallback("Ev03", "message", "C1", SECRET_MARKER);
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			long now = now();
			Map<String, String> wrongSecret = Map.of(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(now),
					SlackRequestVerifier.SIGNATURE_HEADER, new SlackRequestVerifier("not-the-secret").sign(now, body));
			Map<String, String> noSignature = Map.of(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(now));
			Map<String, String> noTimestamp = Map.of(SlackRequestVerifier.SIGNATURE_HEADER,
					this.server.signed(now, body, Map.of()).get(SlackRequestVerifier.SIGNATURE_HEADER));
			Map<String, String> stale = this.server.signed(now - 301, body, Map.of());
			Map<String, String> tampered = this.server.signed(now,
					eventCallback("Ev03", "message", "C1", "other").getBytes(StandardCharsets.UTF_8), Map.of());
			List<Answer> answers = new ArrayList<>();
			for (Map<String, String> headers : List.of(wrongSecret, noSignature, noTimestamp, stale, tampered)) {
				answers.add(this.server.post("application/json", BodyPublishers.ofByteArray(body), headers));
			}
			assertThat(answers).allSatisfy((answer) -> {
				assertThat(answer.status()).isEqualTo(401);
				assertThat(answer.body()).isEmpty();
			});
			SlackEventsApiMetrics metrics = this.handler.getMetrics();
			assertThat(metrics.getSignatureFailureCount(SlackRequestVerification.SIGNATURE_MISMATCH)).isEqualTo(2);
			assertThat(metrics.getSignatureFailureCount(SlackRequestVerification.MISSING_SIGNATURE)).isOne();
			assertThat(metrics.getSignatureFailureCount(SlackRequestVerification.MISSING_TIMESTAMP)).isOne();
			assertThat(metrics.getSignatureFailureCount(SlackRequestVerification.STALE_TIMESTAMP)).isOne();
			assertThat(metrics.getSignatureFailuresSinceLastVerified()).isEqualTo(5);
			assertThat(metrics.getAcceptedCount()).isZero();
			assertThat(this.dispatcher.getMetrics().getReceivedCounts()).isEmpty();
			assertThat(this.received).isEmpty();
			assertThat(logs.list).as("logs of every level are captured")
				.anyMatch((event) -> event.getLevel() == Level.TRACE);
			assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
				.noneMatch((message) -> message.contains(SECRET_MARKER))
				.noneMatch((message) -> message.contains(EventsApiTestServer.SIGNING_SECRET));
			assertThat(logs.list).filteredOn((event) -> event.getLevel() == Level.WARN)
				.extracting(ILoggingEvent::getFormattedMessage)
				.singleElement()
				.asString()
				.contains("401", "X-Slack-Signature");
		}
		finally {
			releaseLogs(logs);
		}
	}

	@Test
	void refusesBodyOverLimitWith413() {
		this.dispatcher.start();
		String large = eventCallback("Ev04", "message", "C1", "x".repeat(5000));
		Answer declared = this.server.postJson(large);
		byte[] body = large.getBytes(StandardCharsets.UTF_8);
		Answer chunked = this.server.post("application/json",
				BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(body)), this.server.signed(now(), body,
						Map.of()));
		assertThat(declared.status()).isEqualTo(413);
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(this.received).isEmpty();
		Answer small = this.server.postJson(eventCallback("Ev05", "message", "C1", "x".repeat(3000)));
		assertThat(small.status()).isEqualTo(200);
	}

	@Test
	void deliversHttpRetryOfSameEventOnce() throws InterruptedException {
		this.dispatcher.start();
		String json = eventCallback("Ev06", "message", "C1", "once");
		assertThat(this.server.postJson(json).status()).isEqualTo(200);
		Answer retry = this.server.postJson(json, Map.of(SlackEventsApiHandler.RETRY_NUM_HEADER, "1",
				SlackEventsApiHandler.RETRY_REASON_HEADER, "http_timeout"));
		assertThat(retry.status()).isEqualTo(200);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(poll().eventId()).isEqualTo("Ev06");
		assertThat(this.received).isEmpty();
		assertThat(this.dispatcher.getMetrics().getDuplicateCount()).isOne();
		assertThat(this.handler.getMetrics().getRetryCount()).isOne();
		assertThat(this.handler.getMetrics().getAcceptedCount()).isEqualTo(2);
	}

	@Test
	void passesRetryNumberAndReasonToEvent() throws InterruptedException {
		this.dispatcher.start();
		this.server.postJson(eventCallback("Ev07", "message", "C1", "late"),
				Map.of(SlackEventsApiHandler.RETRY_NUM_HEADER, "2", SlackEventsApiHandler.RETRY_REASON_HEADER,
						"http_error"));
		SlackEvent event = poll();
		assertThat(event.retryAttempt()).isEqualTo(2);
		assertThat(event.retryReason()).isEqualTo("http_error");
	}

	@Test
	void deliversEventReceivedOverSocketModeThenHttpOnce() throws InterruptedException {
		this.dispatcher.start();
		String json = eventCallback("Ev08", "message", "C1", "both");
		JsonNode callback = TestEvents.MAPPER.readTree(json);
		this.dispatcher.handle(socketModeEvent(callback)).block(Duration.ofSeconds(5));
		assertThat(this.server.postJson(json).status()).isEqualTo(200);
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(poll().transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(this.received).isEmpty();
		assertThat(this.dispatcher.getMetrics().getDuplicateCount()).isOne();
	}

	@Test
	void deliversEventReceivedOverHttpThenSocketModeOnce() throws InterruptedException {
		this.dispatcher.start();
		String json = eventCallback("Ev09", "message", "C1", "both");
		assertThat(this.server.postJson(json).status()).isEqualTo(200);
		this.dispatcher.handle(socketModeEvent(TestEvents.MAPPER.readTree(json))).block(Duration.ofSeconds(5));
		TestEvents.awaitIdle(this.dispatcher);
		assertThat(poll().transport()).isEqualTo(SlackTransport.EVENTS_API);
		assertThat(this.received).isEmpty();
	}

	@Test
	void dispatchesSlashCommand() throws InterruptedException {
		this.dispatcher.start();
		Answer answer = this.server.postForm("token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T1&team_domain=example"
				+ "&channel_id=C2&channel_name=ops&user_id=U2&user_name=alice&command=%2Fdeploy&text=api+to+prod"
				+ "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.73");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEmpty();
		SlackEvent event = poll();
		assertThat(event.type()).isEqualTo(SlackEventPayloads.SLASH_COMMANDS);
		assertThat(event.subtype()).isEqualTo("/deploy");
		assertThat(event.channel()).isEqualTo("C2");
		assertThat(event.user()).isEqualTo("U2");
		assertThat(event.team()).isEqualTo("T1");
		assertThat(event.eventId()).isNull();
		assertThat(event.transport()).isEqualTo(SlackTransport.EVENTS_API);
		assertThat(event.event().path("text").asString()).isEqualTo("api to prod");
		assertThat(event.event().path("response_url").asString())
			.isEqualTo("https://hooks.slack.com/commands/1234/5678");
	}

	@Test
	void dispatchesBlockActions() throws InterruptedException {
		this.dispatcher.start();
		String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\",\"domain\":\"example\"},"
				+ "\"user\":{\"id\":\"U3\",\"username\":\"bob\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\","
				+ "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000100\",\"channel_id\":\"C3\"},"
				+ "\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"C3\",\"name\":\"general\"},"
				+ "\"response_url\":\"https://hooks.slack.com/actions/T1/1/x\",\"actions\":[{\"action_id\":\"approve\","
				+ "\"block_id\":\"b1\",\"type\":\"button\",\"value\":\"yes\",\"action_ts\":\"1700000001.000200\"}]}";
		Answer answer = this.server.postForm("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
		assertThat(answer.status()).isEqualTo(200);
		SlackEvent event = poll();
		assertThat(event.type()).isEqualTo("block_actions");
		assertThat(event.subtype()).isEqualTo("approve");
		assertThat(event.channel()).isEqualTo("C3");
		assertThat(event.user()).isEqualTo("U3");
		assertThat(event.team()).isEqualTo("T1");
		assertThat(event.event().path("actions").path(0).path("action_id").asString()).isEqualTo("approve");
	}

	@Test
	void answersSslCheckWithoutDispatching() {
		this.dispatcher.start();
		Answer answer = this.server.postForm("token=gIkuvaNzQIHg97ATvDxqgjtO&ssl_check=1");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(this.received).isEmpty();
		assertThat(this.dispatcher.getMetrics().getReceivedCounts()).isEmpty();
	}

	@Test
	void refusesSignedButUnreadableBodyWith400() {
		this.dispatcher.start();
		assertThat(this.server.postJson("{\"type\":\"event_callback\",").status()).isEqualTo(400);
		assertThat(this.server.postJson("{\"type\":\"event_callback\",\"event_id\":\"Ev10\"}").status())
			.isEqualTo(400);
		assertThat(this.server.postForm("text=no+command").status()).isEqualTo(400);
		assertThat(this.received).isEmpty();
	}

	@Test
	void answers503WhenDispatcherDoesNotAcceptSoThatSlackRetries() throws InterruptedException {
		String json = eventCallback("Ev11", "message", "C1", "later");
		assertThat(this.server.postJson(json).status()).isEqualTo(503);
		this.dispatcher.start();
		Answer retry = this.server.postJson(json, Map.of(SlackEventsApiHandler.RETRY_NUM_HEADER, "1",
				SlackEventsApiHandler.RETRY_REASON_HEADER, "http_error"));
		assertThat(retry.status()).isEqualTo(200);
		SlackEvent event = poll();
		assertThat(event.eventId()).isEqualTo("Ev11");
		assertThat(event.retryAttempt()).isOne();
		assertThat(this.handler.getMetrics().getAcceptedCount()).isOne();
	}

	@Test
	void neverShowsSigningSecret() {
		assertThat(this.handler.toString()).doesNotContain(EventsApiTestServer.SIGNING_SECRET);
		assertThat(SlackEventsApiHandler.builder().signingSecret(EventsApiTestServer.SIGNING_SECRET).toString())
			.doesNotContain(EventsApiTestServer.SIGNING_SECRET);
	}

	private SlackEvent poll() throws InterruptedException {
		SlackEvent event = this.received.poll(10, TimeUnit.SECONDS);
		assertThat(event).as("an event reached the listener").isNotNull();
		return event;
	}

	private static SlackEvent socketModeEvent(JsonNode callback) {
		JsonNode envelope = TestEvents.MAPPER.createObjectNode()
			.put("envelope_id", "57d6a792-4d35-4d0b-b6aa-3361493e1caf")
			.put("type", "events_api")
			.set("payload", callback);
		return SlackEventPayloads.eventCallback(callback, SlackTransport.SOCKET_MODE,
				"57d6a792-4d35-4d0b-b6aa-3361493e1caf", 0, null, envelope);
	}

	static String eventCallback(String eventId, String type, String channel, String text) {
		return "{\"token\":\"XXYYZZ\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":{\"type\":\"" + type
				+ "\",\"channel\":\"" + channel + "\",\"user\":\"U1\",\"text\":\"" + text
				+ "\",\"ts\":\"1700000000.000100\",\"event_ts\":\"1700000000.000100\"},\"type\":\"event_callback\","
				+ "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000}";
	}

	private static ListAppender<ILoggingEvent> captureLogs() {
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.start();
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
		for (String name : VERBOSE_LOGGERS) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.addAppender(logs);
			logger.setAdditive(false);
			logger.setLevel(Level.TRACE);
		}
		return logs;
	}

	private static void releaseLogs(ListAppender<ILoggingEvent> logs) {
		for (String name : VERBOSE_LOGGERS) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.setLevel(null);
			logger.setAdditive(true);
			logger.detachAppender(logs);
		}
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
	}

}
