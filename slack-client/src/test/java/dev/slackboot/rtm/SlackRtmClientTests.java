package dev.slackboot.rtm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.rtm.RtmTestServer.ApiCall;
import dev.slackboot.rtm.RtmTestServer.Socket;
import dev.slackboot.web.SlackApiException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SlackRtmClient} against a real WebSocket server ({@link RtmTestServer}): delivery, replies, pacing,
 * keepalive, reconnects, failures and the lifecycle.
 */
class SlackRtmClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final RecordingHandler handler = new RecordingHandler();

	private RtmTestServer server;

	private @Nullable SlackRtmClient client;

	@BeforeEach
	void startServer() {
		this.server = RtmTestServer.start();
	}

	@AfterEach
	void stopClientAndServer() throws InterruptedException {
		if (this.client != null) {
			CountDownLatch stopped = new CountDownLatch(1);
			this.client.stop(stopped::countDown);
			stopped.await(5, TimeUnit.SECONDS);
		}
		this.server.close();
	}

	@Test
	void deliversEventsInArrivalOrderAfterTheOpenEvent() {
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		assertThat(this.handler.next().type()).isEqualTo("open");
		socket.push("{\"type\":\"pong\",\"reply_to\":4242}");
		socket.push("{\"ok\":true,\"reply_to\":4243,\"ts\":\"1.2\",\"text\":\"old\"}");
		for (int i = 1; i <= 5; i++) {
			socket.pushMessage("C1", "U1", "message " + i);
		}
		socket.push("{\"type\":\"reaction_added\",\"user\":\"U2\",\"reaction\":\"tada\","
				+ "\"item\":{\"type\":\"message\",\"channel\":\"C2\",\"ts\":\"1.000001\"}}");
		for (int i = 1; i <= 5; i++) {
			SlackEvent message = this.handler.next();
			assertThat(message.type()).isEqualTo("message");
			assertThat(message.event().path("text").asString()).isEqualTo("message " + i);
			assertThat(message.channel()).isEqualTo("C1");
			assertThat(message.user()).isEqualTo("U1");
			assertThat(message.team()).isEqualTo(RtmTestServer.TEAM_ID);
			assertThat(message.transport()).isEqualTo(SlackTransport.RTM);
			assertThat(message.payload()).isSameAs(message.event());
		}
		SlackEvent reaction = this.handler.next();
		assertThat(reaction.type()).isEqualTo("reaction_added");
		assertThat(reaction.channel()).isEqualTo("C2");
		assertThat(reaction.user()).isEqualTo("U2");
		assertThat(reaction.team()).as("team of the session when the frame has none").isEqualTo(RtmTestServer.TEAM_ID);
	}

	@Test
	void openEventCarriesSelfAndTeamAndStatusShowsTheConnection() {
		start();
		SlackEvent open = this.handler.next();
		assertThat(open.type()).isEqualTo("open");
		assertThat(open.event().path("self").path("id").asString()).isEqualTo(RtmTestServer.BOT_USER_ID);
		assertThat(open.event().path("team").path("id").asString()).isEqualTo(RtmTestServer.TEAM_ID);
		assertThat(open.event().path("team").path("domain").asString()).isEqualTo("testteam");
		assertThat(open.event().has("url")).as("the socket URL is a credential").isFalse();
		assertThat(open.user()).isEqualTo(RtmTestServer.BOT_USER_ID);
		assertThat(open.team()).isEqualTo(RtmTestServer.TEAM_ID);
		SlackRtmStatus status = this.client.getStatus();
		assertThat(status.state()).isEqualTo(SlackRtmState.CONNECTED);
		assertThat(status.isConnected()).isTrue();
		assertThat(status.userId()).isEqualTo(RtmTestServer.BOT_USER_ID);
		assertThat(status.botId()).isEqualTo(RtmTestServer.BOT_ID);
		assertThat(status.teamId()).isEqualTo(RtmTestServer.TEAM_ID);
		assertThat(status.teamName()).isEqualTo("Test Team");
		assertThat(status.connectedSince()).isNotNull();
		assertThat(status.reconnects()).isZero();
		ApiCall connect = poll(this.server.calls("rtm.connect"));
		assertThat(connect.authorization()).isEqualTo("Bearer " + RtmTestServer.TOKEN);
	}

	@Test
	void connectsWithRtmStartWhenConfigured() {
		start((options) -> options.connectMethod(RtmConnectMethod.START));
		assertThat(this.handler.next().type()).isEqualTo("open");
		assertThat(this.server.calls("rtm.start")).hasSize(1);
		assertThat(this.server.calls("rtm.connect")).isEmpty();
	}

	@Test
	void sendCompletesWithTheTsOfItsOwnReplyWhenRepliesComeOutOfOrder() throws Exception {
		this.server.replyToMessages(false);
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		CompletableFuture<String> first = this.client.send("C1", "one").toFuture();
		CompletableFuture<String> second = this.client.send("C1", "two").toFuture();
		JsonNode one = socket.awaitFrame("message", TIMEOUT);
		JsonNode two = socket.awaitFrame("message", TIMEOUT);
		assertThat(one.path("channel").asString()).isEqualTo("C1");
		assertThat(one.path("text").asString()).isEqualTo("one");
		assertThat(one.path("id").isIntegralNumber()).isTrue();
		assertThat(two.path("id").asLong()).isNotEqualTo(one.path("id").asLong());
		socket.reply(two, "1700000002.000200");
		socket.reply(one, "1700000001.000100");
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("1700000002.000200");
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("1700000001.000100");
		assertThat(this.handler.poll(Duration.ofMillis(100))).as("replies are not events").isNull();
	}

	@Test
	void sendFailsWithSlacksErrorCodeWhenSlackRefusesTheMessage() {
		this.server.replyToMessages(false);
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		CompletableFuture<String> sent = this.client.send("C1", "").toFuture();
		socket.replyError(socket.awaitFrame("message", TIMEOUT), 2, "message text is missing");
		StepVerifier.create(Mono.fromFuture(sent))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(SlackRtmException.class).hasMessageContaining("message text is missing");
				assertThat(((SlackRtmException) ex).getErrorCode()).isEqualTo(2);
			})
			.verify(TIMEOUT);
	}

	@Test
	void messageOver16KbIsRefusedWithoutBeingSent() {
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		StepVerifier.create(this.client.send("C1", "x".repeat(SlackRtmClient.MAX_MESSAGE_BYTES)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SlackRtmException.class)
				.hasMessageContaining("16384")
				.hasMessageContaining("chat.postMessage"))
			.verify(TIMEOUT);
		StepVerifier.create(this.client.send("C1", "\u00e9".repeat(8200)))
			.as("8200 characters but 16400 bytes in UTF-8")
			.expectError(SlackRtmException.class)
			.verify(TIMEOUT);
		StepVerifier.create(this.client.send("C1", "small")).expectNextCount(1).verifyComplete();
		assertThat(socket.frames()).filteredOn((frame) -> frame.path("type").asString().equals("message"))
			.extracting((frame) -> frame.path("text").asString())
			.containsExactly("small");
	}

	@Test
	void messagesArePacedAndSentInOrderWithoutDrops() throws Exception {
		start((options) -> options.sendInterval(Duration.ofSeconds(1)));
		Socket socket = this.server.awaitSocket(TIMEOUT);
		List<CompletableFuture<String>> sent = List.of(this.client.send("C1", "one").toFuture(),
				this.client.send("C1", "two").toFuture(), this.client.send("C1", "three").toFuture());
		assertThat(socket.awaitFrame("message", TIMEOUT).path("text").asString()).isEqualTo("one");
		assertThat(socket.pollFrame("message", Duration.ofMillis(300))).as("the second message waits for its turn")
			.isNull();
		assertThat(socket.awaitFrame("message", TIMEOUT).path("text").asString()).isEqualTo("two");
		assertThat(socket.awaitFrame("message", TIMEOUT).path("text").asString()).isEqualTo("three");
		for (CompletableFuture<String> future : sent) {
			assertThat(future.get(5, TimeUnit.SECONDS)).startsWith("1700000000.");
		}
	}

	@Test
	void messagesSentWhileReconnectingWaitForTheNextConnection() throws Exception {
		start((options) -> options.reconnectBackoff(Duration.ofMillis(300), Duration.ofMillis(300)));
		Socket first = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		first.drop();
		this.handler.next("close");
		CompletableFuture<String> sent = this.client.send("C1", "while away").toFuture();
		Socket second = this.server.awaitSocket(TIMEOUT);
		assertThat(second.awaitFrame("message", TIMEOUT).path("text").asString()).isEqualTo("while away");
		assertThat(sent.get(5, TimeUnit.SECONDS)).isNotEmpty();
		assertThat(first.frames()).noneMatch((frame) -> frame.path("type").asString().equals("message"));
	}

	@Test
	void typingSendsATypingIndicator() {
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		StepVerifier.create(this.client.typing("C9")).verifyComplete();
		JsonNode typing = socket.awaitFrame("typing", TIMEOUT);
		assertThat(typing.path("channel").asString()).isEqualTo("C9");
		assertThat(typing.path("id").isIntegralNumber()).isTrue();
	}

	@Test
	void pingCompletesWhenSlackAnswersWithAPong() {
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		StepVerifier.create(this.client.ping()).expectComplete().verify(TIMEOUT);
		assertThat(socket.awaitFrame("ping", TIMEOUT).path("id").isIntegralNumber()).isTrue();
		assertThat(this.client.getStatus().lastPongAt()).isNotNull();
		assertThat(this.handler.poll(Duration.ofMillis(100))).as("pongs are not events").isNull();
	}

	@Test
	void sendsPingsAndReplacesAConnectionThatGetsNoPongs() {
		start((options) -> options.pingInterval(Duration.ofMillis(200)));
		Socket first = this.server.awaitSocket(TIMEOUT);
		JsonNode ping = first.awaitFrame("ping", TIMEOUT);
		assertThat(ping.path("id").isIntegralNumber()).isTrue();
		first.awaitFrame("ping", TIMEOUT);
		assertThat(this.client.getStatus().lastPongAt()).isNotNull();
		assertThat(this.server.pollSocket(Duration.ofMillis(700))).as("answered pings keep the connection").isNull();
		this.server.answerPings(false);
		Socket second = this.server.awaitSocket(TIMEOUT);
		this.server.answerPings(true);
		WebSocketCloseStatus closed = first.awaitClose(TIMEOUT);
		assertThat(closed).isNotNull();
		assertThat(closed.code()).isEqualTo(1000);
		assertThat(this.handler.next("close").type()).isEqualTo("close");
		assertThat(this.handler.next("open").type()).isEqualTo("open");
		assertThat(this.client.getStatus().reconnects()).isEqualTo(1);
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("pings");
		assertThat(second.isOpen()).isTrue();
	}

	@Test
	void reconnectsWhenTheServerDropsTheSocketAndDeliversLaterEvents() {
		start();
		Socket first = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		first.pushMessage("C1", "U1", "before");
		assertThat(this.handler.next("message").event().path("text").asString()).isEqualTo("before");
		first.drop();
		assertThat(this.handler.next("close").type()).isEqualTo("close");
		Socket second = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		second.pushMessage("C1", "U1", "after");
		assertThat(this.handler.next("message").event().path("text").asString()).isEqualTo("after");
		SlackRtmStatus status = this.client.getStatus();
		assertThat(status.state()).isEqualTo(SlackRtmState.CONNECTED);
		assertThat(status.reconnects()).isEqualTo(1);
		assertThat(status.lastFailure()).isNotNull();
		assertThat(this.server.maxOpenSockets()).as("one connection at a time").isEqualTo(1);
		assertThat(this.server.calls("rtm.connect")).hasSize(2);
	}

	@Test
	void goodbyeReconnectsAtOnce() {
		start((options) -> options.reconnectBackoff(Duration.ofSeconds(30), Duration.ofSeconds(60)));
		Socket first = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		first.goodbye();
		Socket second = this.server.awaitSocket(TIMEOUT);
		assertThat(second).isNotSameAs(first);
		assertThat(this.handler.next("goodbye").type()).isEqualTo("goodbye");
		WebSocketCloseStatus closed = first.awaitClose(TIMEOUT);
		assertThat(closed).isNotNull();
		assertThat(closed.code()).isEqualTo(1000);
		assertThat(this.client.getStatus().reconnects()).isEqualTo(1);
	}

	@Test
	void failedHandshakeIsReportedAsAnErrorEventAndRetried() {
		this.server.answerNext("rtm.connect", 200, "{\"ok\":true,\"url\":\"" + this.server.socketUrl()
				+ "-missing\",\"self\":{\"id\":\"U0BOT\"},\"team\":{\"id\":\"T0TEAM\"}}", null);
		start();
		SlackEvent error = this.handler.next("error");
		assertThat(error.event().path("error").path("exception").asString()).isNotEmpty();
		this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		assertThat(this.client.getStatus().reconnects()).isEqualTo(1);
		assertThat(this.server.calls("rtm.connect")).hasSize(2);
	}

	@Test
	void invalidAuthFailsWithAdviceAndNoFurtherAttempts() throws InterruptedException {
		ListAppender<ILoggingEvent> logs = captureLogs();
		this.server.failConnect("invalid_auth");
		CountDownLatch failed = new CountDownLatch(1);
		SlackRtmClient client = build(UnaryOperator.identity());
		client.addStatusListener((status) -> {
			if (status.state() == SlackRtmState.FAILED) {
				failed.countDown();
			}
		});
		client.start();
		assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
		SlackRtmStatus status = client.getStatus();
		assertThat(status.state()).isEqualTo(SlackRtmState.FAILED);
		assertThat(status.lastFailure()).isInstanceOfSatisfying(SlackApiException.class,
				(ex) -> assertThat(ex.getError()).isEqualTo("invalid_auth"));
		assertThat(client.isRunning()).isFalse();
		SlackEvent error = this.handler.next("error");
		assertThat(error.event().path("error").path("msg").asString()).contains("invalid_auth");
		assertThat(this.server.calls("rtm.connect").poll(5, TimeUnit.SECONDS)).isNotNull();
		assertThat(this.server.calls("rtm.connect").poll(300, TimeUnit.MILLISECONDS)).as("no second attempt").isNull();
		assertThat(this.server.sockets()).isEmpty();
		assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy((message) -> assertThat(message).contains("invalid_auth").contains("slack.token"))
			.noneSatisfy((message) -> assertThat(message).contains(RtmTestServer.TOKEN));
		StepVerifier.create(client.send("C1", "hi")).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	@Test
	void rateLimitedConnectWaitsForRetryAfter() {
		this.server.rateLimitNextConnect(1);
		start();
		ApiCall limited = poll(this.server.calls("rtm.connect"));
		ApiCall retried = poll(this.server.calls("rtm.connect"));
		assertThat(Duration.ofNanos(retried.receivedAtNanos() - limited.receivedAtNanos()))
			.as("waited for Retry-After, not the 10 ms backoff")
			.isGreaterThanOrEqualTo(Duration.ofMillis(950));
		this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		SlackRtmStatus status = this.client.getStatus();
		assertThat(status.reconnects()).isEqualTo(1);
		assertThat(status.lastFailure()).isInstanceOfSatisfying(SlackApiException.class,
				(ex) -> assertThat(ex.getHttpStatus()).isEqualTo(429));
	}

	@Test
	void stopClosesWithStatus1000AndDoesNotReconnect() throws InterruptedException {
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		assertThat(this.client.getState()).isEqualTo(SlackRtmState.STOPPED);
		WebSocketCloseStatus closed = socket.awaitClose(TIMEOUT);
		assertThat(closed).isNotNull();
		assertThat(closed.code()).isEqualTo(1000);
		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.handler.next("close").type()).isEqualTo("close");
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).as("no reconnect after stop").isNull();
		assertThat(this.server.calls("rtm.connect")).hasSize(1);
		assertThat(this.client.isRunning()).isFalse();
		StepVerifier.create(this.client.send("C1", "hi")).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	@Test
	void startsAgainAfterStop() throws InterruptedException {
		start();
		this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		this.client.start();
		Socket second = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		second.pushMessage("C1", "U1", "again");
		assertThat(this.handler.next("message").event().path("text").asString()).isEqualTo("again");
		assertThat(this.client.getState()).isEqualTo(SlackRtmState.CONNECTED);
	}

	@Test
	void slowHandlerHoldsBackTheNextEventUntilItAcceptedThePrevious() {
		Sinks.Empty<Void> accepted = Sinks.empty();
		this.handler.acceptance = (event) -> "slow".equals(event.event().path("text").asString()) ? accepted.asMono()
				: Mono.empty();
		start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		this.handler.next("open");
		socket.pushMessage("C1", "U1", "slow");
		socket.pushMessage("C1", "U1", "next");
		assertThat(this.handler.next().event().path("text").asString()).isEqualTo("slow");
		assertThat(this.handler.poll(Duration.ofMillis(300))).as("not delivered before the previous was accepted")
			.isNull();
		accepted.tryEmitEmpty();
		assertThat(this.handler.next().event().path("text").asString()).isEqualTo("next");
	}

	private void start() {
		start(UnaryOperator.identity());
	}

	private void start(UnaryOperator<SlackRtmOptions.Builder> options) {
		build(options).start();
	}

	private SlackRtmClient build(UnaryOperator<SlackRtmOptions.Builder> options) {
		SlackRtmOptions.Builder defaults = SlackRtmOptions.builder()
			.pingInterval(Duration.ofSeconds(5))
			.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
			.sendInterval(Duration.ZERO);
		this.client = SlackRtmClient.builder(this.server.webClient())
			.options(options.apply(defaults).build())
			.eventHandler(this.handler)
			.build();
		return this.client;
	}

	private static ListAppender<ILoggingEvent> captureLogs() {
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.start();
		((Logger) LoggerFactory.getLogger(SlackRtmClient.class)).addAppender(logs);
		return logs;
	}

	private static <T> T poll(BlockingQueue<T> queue) {
		try {
			T item = queue.poll(5, TimeUnit.SECONDS);
			assertThat(item).as("nothing arrived within 5 s").isNotNull();
			return item;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Records the events it receives; accepts them at once unless told otherwise.
	 */
	static final class RecordingHandler implements SlackEventHandler {

		private final BlockingQueue<SlackEvent> events = new LinkedBlockingQueue<>();

		volatile Function<SlackEvent, Mono<Void>> acceptance = (event) -> Mono.empty();

		@Override
		public Mono<Void> handle(SlackEvent event) {
			this.events.add(event);
			return this.acceptance.apply(event);
		}

		SlackEvent next() {
			SlackEvent event = poll(TIMEOUT);
			assertThat(event).as("no event within %s", TIMEOUT).isNotNull();
			return event;
		}

		SlackEvent next(String type) {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				SlackEvent event = poll(Duration.ofNanos(deadline - System.nanoTime()));
				if (event != null && event.type().equals(type)) {
					return event;
				}
			}
			throw new AssertionError("No '" + type + "' event within " + TIMEOUT);
		}

		@Nullable SlackEvent poll(Duration timeout) {
			try {
				return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
