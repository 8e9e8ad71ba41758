package dev.slackboot.socket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.slackboot.listener.SimpleSlackListenerEndpoint;
import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.listener.SlackEventRejectedException;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.SlackListener;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.socket.SocketModeTestServer.Ack;
import dev.slackboot.socket.SocketModeTestServer.ApiCall;
import dev.slackboot.socket.SocketModeTestServer.Socket;
import dev.slackboot.web.SlackWebClient;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SlackSocketModeClient} against a real WebSocket server ({@link SocketModeTestServer}): hello,
 * envelopes, acknowledgements, redeliveries, refreshes, {@code disconnect} reasons, several connections,
 * keepalive and the lifecycle.
 */
class SlackSocketModeClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final RecordingHandler handler = new RecordingHandler();

	private SocketModeTestServer server;

	private @Nullable SlackSocketModeClient client;

	private @Nullable SlackEventDispatcher dispatcher;

	private @Nullable ExecutorService executor;

	@BeforeEach
	void startServer() {
		this.server = SocketModeTestServer.start();
	}

	@AfterEach
	void stopClientAndServer() throws InterruptedException {
		if (this.client != null) {
			CountDownLatch stopped = new CountDownLatch(1);
			this.client.stop(stopped::countDown);
			stopped.await(5, TimeUnit.SECONDS);
		}
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		if (this.dispatcher != null) {
			this.dispatcher.close();
		}
		this.server.close();
	}

	@Test
	void opensTheConnectionWithTheAppTokenAndIsConnectedOnHello() {
		start(this.handler);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		SlackSocketModeStatus status = this.client.getStatus();
		assertThat(status.state()).isEqualTo(SlackSocketModeState.CONNECTED);
		assertThat(status.openConnections()).isEqualTo(1);
		assertThat(status.connections()).isEqualTo(1);
		assertThat(status.appId()).isEqualTo(SocketModeTestServer.APP_ID);
		assertThat(status.connectedSince()).isNotNull();
		assertThat(status.reconnects()).isZero();
		assertThat(socket.isOpen()).isTrue();
		ApiCall open = poll(this.server.calls("apps.connections.open"));
		assertThat(open.authorization()).isEqualTo("Bearer " + SocketModeTestServer.APP_TOKEN);
		assertThat(this.client.toString()).doesNotContain("ticket").contains("CONNECTED");
	}

	@Test
	void isNotConnectedBeforeHello() {
		this.server.sendHello(false);
		start(this.handler);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		sleep(200);
		assertThat(this.client.getState()).isEqualTo(SlackSocketModeState.CONNECTING);
		socket.hello();
		await("connected after hello", () -> this.client.getStatus().isConnected());
	}

	@Test
	void anEventsApiEnvelopeBecomesAnEventAndIsAcknowledgedOnceAccepted() {
		start(this.handler);
		this.server.awaitSocket(TIMEOUT);
		String envelopeId = this.server.sendMessage("Ev001", "C1", "U1", "hello there");
		SlackEvent event = this.handler.next();
		assertThat(event.type()).isEqualTo("message");
		assertThat(event.subtype()).isNull();
		assertThat(event.channel()).isEqualTo("C1");
		assertThat(event.user()).isEqualTo("U1");
		assertThat(event.team()).isEqualTo(SocketModeTestServer.TEAM_ID);
		assertThat(event.eventId()).isEqualTo("Ev001");
		assertThat(event.transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(event.envelopeId()).isEqualTo(envelopeId);
		assertThat(event.retryAttempt()).isZero();
		assertThat(event.retryReason()).as("empty retry_reason").isNull();
		assertThat(event.event().path("text").asString()).isEqualTo("hello there");
		assertThat(event.payload().path("envelope_id").asString()).isEqualTo(envelopeId);
		Ack ack = this.server.awaitAck(TIMEOUT);
		assertThat(ack.envelopeId()).isEqualTo(envelopeId);
		assertThat(ack.socket().frames()).singleElement()
			.satisfies((frame) -> assertThat(frame.propertyNames()).containsExactly("envelope_id"));
		assertThat(this.client.getMetrics().getEnvelopeCount("events_api")).isEqualTo(1);
		await("ack counted", () -> this.client.getMetrics().getAckCount("events_api") == 1);
		assertThat(this.server.unacknowledged()).isZero();
	}

	@Test
	void theAcknowledgementWaitsUntilTheHandlerAcceptedTheEventAndTheNextFrameIsReadOnlyThen() {
		Acceptances accept = new Acceptances();
		this.handler.acceptance = (event) -> accept.next();
		start(this.handler);
		this.server.awaitSocket(TIMEOUT);
		this.server.sendMessage("Ev1", "C1", "U1", "one");
		this.server.sendMessage("Ev2", "C1", "U1", "two");
		assertThat(this.handler.next().eventId()).isEqualTo("Ev1");
		assertThat(this.server.pollAck(Duration.ofMillis(300))).as("no ack before the event was accepted").isNull();
		assertThat(this.handler.poll(Duration.ofMillis(100))).as("the next frame waits").isNull();
		accept.release();
		assertThat(this.server.awaitAck(TIMEOUT).retryAttempt()).isZero();
		assertThat(this.handler.next().eventId()).isEqualTo("Ev2");
		accept.release();
		this.server.awaitAck(TIMEOUT);
	}

	@Test
	void acknowledgesWellBeforeASlowListenerFinishes() throws Exception {
		Duration listenerTime = Duration.ofMillis(1500);
		BlockingQueue<Long> finished = new LinkedBlockingQueue<>();
		SlackEventDispatcher dispatcher = newDispatcher();
		ThreadPoolExecutor listenerThreads = new ThreadPoolExecutor(8, 8, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), new ThreadPoolExecutor.DiscardPolicy());
		this.executor = listenerThreads;
		dispatcher.setExecutor(listenerThreads);
		dispatcher.register(new SimpleSlackListenerEndpoint("slow", SlackEventSelector.builder().types("message").build(),
				(context) -> {
					Thread.sleep(listenerTime.toMillis());
					finished.add(System.nanoTime());
					return null;
				}));
		dispatcher.start();
		start(dispatcher);
		this.server.awaitSocket(TIMEOUT);
		int events = 40;
		long[] sent = new long[events];
		for (int i = 0; i < events; i++) {
			sent[i] = System.nanoTime();
			this.server.sendMessage("EvSlow" + i, "C" + (i % 4), "U1", "slow " + i);
		}
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			Ack ack = this.server.awaitAck(TIMEOUT);
			int index = Integer.parseInt(ack.envelopeId().substring("env-".length())) - 1;
			latencies.add(ack.receivedAtNanos() - sent[index]);
		}
		long lastAck = System.nanoTime();
		Long firstListenerDone = finished.poll(10, TimeUnit.SECONDS);
		assertThat(firstListenerDone).isNotNull();
		assertThat(lastAck).as("every ack arrived before the first listener finished").isLessThan(firstListenerDone);
		Collections.sort(latencies);
		long p50 = latencies.get(latencies.size() / 2);
		long max = latencies.get(latencies.size() - 1);
		SlackSocketModeMetrics metrics = this.client.getMetrics();
		System.out.printf("Ack latency under a slow listener (%d ms per event, %d events, 4 channels): server round "
				+ "trip p50 %.2f ms, max %.2f ms; client read-to-ack max %.2f ms, mean %.2f ms%n",
				listenerTime.toMillis(), events, p50 / 1e6, max / 1e6, metrics.getMaxAckLatency().toNanos() / 1e6,
				metrics.getTotalAckLatency().toNanos() / 1e6 / metrics.getAckCount());
		assertThat(Duration.ofNanos(max)).isLessThan(Duration.ofSeconds(1));
		assertThat(this.server.redeliveries()).isZero();
	}

	@Test
	void aRedeliveryAfterAMissedAckIsAcknowledgedAndReachesTheListenerOnce() {
		this.server.ackTimeout(Duration.ofMillis(500));
		AtomicInteger invocations = new AtomicInteger();
		SlackEventDispatcher dispatcher = dispatcher((context) -> {
			invocations.incrementAndGet();
			return null;
		}, "message");
		List<SlackEvent> handed = Collections.synchronizedList(new ArrayList<>());
		start((event) -> {
			handed.add(event);
			Mono<Void> accepted = dispatcher.handle(event);
			return (event.retryAttempt() == 0) ? Mono.delay(Duration.ofMillis(800)).then(accepted) : accepted;
		});
		this.server.awaitSocket(TIMEOUT);
		String envelopeId = this.server.sendMessage("EvRetry", "C1", "U1", "once");
		Ack first = this.server.awaitAck(TIMEOUT);
		Ack second = this.server.awaitAck(TIMEOUT);
		assertThat(List.of(first.envelopeId(), second.envelopeId())).containsOnly(envelopeId);
		await("both deliveries handed over", () -> handed.size() >= 2);
		assertThat(handed.get(1).retryAttempt()).isEqualTo(1);
		assertThat(handed.get(1).retryReason()).isEqualTo("timeout");
		assertThat(handed.get(1).eventId()).isEqualTo("EvRetry");
		await("the duplicate dropped", () -> dispatcher.getMetrics().getDuplicateCount() == 1);
		sleep(200);
		assertThat(invocations).as("listener invocations").hasValue(1);
		assertThat(this.client.getMetrics().getRedeliveryCount()).isEqualTo(1);
		assertThat(this.client.getMetrics().getAckCount("events_api")).isEqualTo(2);
	}

	@Test
	void refreshRequestedUnderSteadyLoadLosesAndDuplicatesNothing() throws Exception {
		Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
		SlackEventDispatcher dispatcher = dispatcher((context) -> {
			deliveries.computeIfAbsent(context.event().eventId(), (id) -> new AtomicInteger()).incrementAndGet();
			return null;
		}, "message");
		start(dispatcher);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		AtomicBoolean loading = new AtomicBoolean(true);
		AtomicLong sent = new AtomicLong();
		Thread load = new Thread(() -> {
			while (loading.get()) {
				long n = sent.incrementAndGet();
				this.server.sendMessage("EvLoad" + n, "C" + (n % 8), "U1", "load " + n);
				sleep(1);
			}
		}, "steady-load");
		long started = System.nanoTime();
		load.start();
		int cycles = 100;
		List<Socket> replaced = new ArrayList<>();
		for (int cycle = 0; cycle < cycles; cycle++) {
			await("events flow", () -> sent.get() > 0);
			this.server.disconnectAll("refresh_requested");
			Socket next = this.server.awaitSocket(TIMEOUT);
			replaced.add(socket);
			Socket old = socket;
			await("the old socket closed", () -> !old.isOpen());
			socket = next;
		}
		loading.set(false);
		load.join();
		long total = sent.get();
		await("every event acknowledged", () -> this.server.unacknowledged() == 0);
		await("every event delivered", () -> deliveries.size() >= total);
		long elapsed = System.nanoTime() - started;
		long lost = 0;
		long duplicated = 0;
		for (long n = 1; n <= total; n++) {
			AtomicInteger count = deliveries.get("EvLoad" + n);
			lost += (count == null) ? 1 : 0;
			duplicated += (count != null) ? count.get() - 1 : 0;
		}
		SlackSocketModeStatus status = this.client.getStatus();
		System.out.printf("Refresh under steady load: %d refresh_requested cycles in %d ms, %d events sent, %d lost, "
				+ "%d duplicated, %d redelivered by the server, %d redeliveries dropped by the dispatcher, at most %d "
				+ "sockets open at once%n", cycles, elapsed / 1_000_000, total, lost, duplicated,
				this.server.redeliveries(), dispatcher.getMetrics().getDuplicateCount(), this.server.maxOpenSockets());
		assertThat(lost).as("events lost").isZero();
		assertThat(duplicated).as("events duplicated").isZero();
		assertThat(status.refreshes()).isEqualTo(cycles);
		assertThat(status.reconnects()).as("refreshes are not reconnects").isZero();
		assertThat(status.openConnections()).isEqualTo(1);
		assertThat(this.server.maxOpenSockets()).as("the new socket opens before the old one closes").isEqualTo(2);
		assertThat(replaced).allSatisfy((old) -> assertThat(old.awaitClose(TIMEOUT))
			.isEqualTo(WebSocketCloseStatus.NORMAL_CLOSURE));
	}

	@Test
	void warningAlsoOpensTheNewConnectionBeforeClosingTheOldOne() {
		start(this.handler);
		Socket first = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		this.server.disconnectAll("warning");
		Socket second = this.server.awaitSocket(TIMEOUT);
		assertThat(first.awaitClose(TIMEOUT)).isEqualTo(WebSocketCloseStatus.NORMAL_CLOSURE);
		assertThat(second.isOpen()).isTrue();
		assertThat(this.server.maxOpenSockets()).isEqualTo(2);
		this.server.sendMessage("EvAfter", "C1", "U1", "after the warning");
		assertThat(this.handler.next().eventId()).isEqualTo("EvAfter");
		assertThat(this.server.awaitAck(TIMEOUT).socket()).isSameAs(second);
	}

	@Test
	void tooManyWebsocketsClosesTheConnectionAndBacksOff() {
		this.server.maxSockets(1);
		Duration backoff = Duration.ofMillis(400);
		start(this.handler, (options) -> options.connections(2).reconnectBackoff(backoff, backoff));
		Socket first = this.server.awaitSocket(TIMEOUT);
		Socket refused = this.server.awaitSocket(TIMEOUT);
		assertThat(refused.awaitClose(TIMEOUT)).isNotNull();
		long closed = System.nanoTime();
		this.server.maxSockets(2);
		Socket retried = this.server.awaitSocket(TIMEOUT);
		long waited = System.nanoTime() - closed;
		System.out.printf("too_many_websockets: the client waited %d ms before the next connection (backoff %d ms)%n",
				waited / 1_000_000, backoff.toMillis());
		assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(backoff.minusMillis(50));
		await("two connections", () -> this.client.getStatus().openConnections() == 2);
		assertThat(first.isOpen()).isTrue();
		assertThat(retried.isOpen()).isTrue();
		assertThat(this.client.getStatus().reconnects()).isEqualTo(1);
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("too_many_websockets");
	}

	@Test
	void linkDisabledStopsTheClientWithStateFailed() {
		start(this.handler);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		socket.disconnect("link_disabled");
		await("failed", () -> this.client.getState() == SlackSocketModeState.FAILED);
		assertThat(this.client.isRunning()).isFalse();
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("link_disabled");
		assertThat(socket.awaitClose(TIMEOUT)).isEqualTo(WebSocketCloseStatus.NORMAL_CLOSURE);
		assertThat(this.server.pollSocket(Duration.ofMillis(500))).as("no reconnect").isNull();
	}

	@Test
	void keepsSeveralConnectionsOpenAndAcknowledgesEachEnvelopeOnItsOwnConnection() {
		start(this.handler, (options) -> options.connections(3));
		List<Socket> sockets = List.of(this.server.awaitSocket(TIMEOUT), this.server.awaitSocket(TIMEOUT),
				this.server.awaitSocket(TIMEOUT));
		await("three connections", () -> this.client.getStatus().openConnections() == 3);
		assertThat(this.server.pollSocket(Duration.ofMillis(200))).isNull();
		for (int i = 0; i < 30; i++) {
			this.server.sendMessage("EvMany" + i, "C1", "U1", "many " + i);
		}
		Set<String> received = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < 30; i++) {
			received.add(this.handler.next().eventId());
		}
		assertThat(received).hasSize(30);
		await("every ack", () -> this.server.unacknowledged() == 0);
		for (Socket socket : sockets) {
			assertThat(socket.frames()).as("acks on each socket").hasSize(10);
		}
	}

	@Test
	void slashCommandsAndInteractionsReachTheirListeners() {
		BlockingQueue<SlackEventContext> weather = new LinkedBlockingQueue<>();
		BlockingQueue<SlackEventContext> approvals = new LinkedBlockingQueue<>();
		BlockingQueue<SlackEventContext> submissions = new LinkedBlockingQueue<>();
		SlackEventDispatcher dispatcher = newDispatcher();
		dispatcher.register(new SimpleSlackListenerEndpoint("weather",
				SlackEventSelector.builder().types("slash_commands").subtypes("/weather").pattern("tomorrow").build(),
				(context) -> record(weather, context)));
		dispatcher.register(new SimpleSlackListenerEndpoint("approve",
				SlackEventSelector.builder().types("block_actions").subtypes("approve").build(),
				(context) -> record(approvals, context)));
		dispatcher.register(new SimpleSlackListenerEndpoint("feedback",
				SlackEventSelector.builder().types("view_submission").subtypes("feedback_modal").build(),
				(context) -> record(submissions, context)));
		dispatcher.start();
		start(dispatcher);
		this.server.awaitSocket(TIMEOUT);
		this.server.sendEnvelope("slash_commands", "{\"command\":\"/weather\",\"text\":\"tomorrow in Paris\","
				+ "\"user_id\":\"U2\",\"channel_id\":\"C9\",\"team_id\":\"T1\","
				+ "\"response_url\":\"https://hooks.slack.com/commands/T1/1/x\",\"trigger_id\":\"1.2.3\"}");
		this.server.sendEnvelope("interactive", "{\"type\":\"block_actions\",\"user\":{\"id\":\"U3\","
				+ "\"team_id\":\"T1\"},\"team\":{\"id\":\"T1\"},\"channel\":{\"id\":\"C7\"},"
				+ "\"actions\":[{\"action_id\":\"approve\",\"block_id\":\"b1\",\"value\":\"42\"}]}");
		this.server.sendEnvelope("interactive", "{\"type\":\"view_submission\",\"user\":{\"id\":\"U4\","
				+ "\"team_id\":\"T1\"},\"view\":{\"callback_id\":\"feedback_modal\",\"state\":{\"values\":{}}}}");
		SlackEventContext command = poll(weather);
		assertThat(command.type()).isEqualTo("slash_commands");
		assertThat(command.event().subtype()).isEqualTo("/weather");
		assertThat(command.text()).isEqualTo("tomorrow in Paris");
		assertThat(command.user()).isEqualTo("U2");
		assertThat(command.channel()).isEqualTo("C9");
		assertThat(command.team()).isEqualTo("T1");
		assertThat(command.event().event().path("response_url").asString()).startsWith("https://hooks.slack.com/");
		assertThat(command.event().eventId()).isNull();
		SlackEventContext approval = poll(approvals);
		assertThat(approval.user()).isEqualTo("U3");
		assertThat(approval.channel()).isEqualTo("C7");
		assertThat(approval.event().event().path("actions").get(0).path("value").asString()).isEqualTo("42");
		SlackEventContext submission = poll(submissions);
		assertThat(submission.user()).isEqualTo("U4");
		assertThat(submission.team()).isEqualTo("T1");
		await("every ack", () -> this.server.unacknowledged() == 0);
		assertThat(this.client.getMetrics().getAckCount("slash_commands")).isEqualTo(1);
		assertThat(this.client.getMetrics().getAckCount("interactive")).isEqualTo(2);
	}

	@Test
	void aConnectionWithoutPongsIsClosedAndReplaced() {
		this.server.answerPings(false);
		start(this.handler, (options) -> options.pingInterval(Duration.ofMillis(100))
			.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(20)));
		Socket first = this.server.awaitSocket(TIMEOUT);
		Socket second = this.server.awaitSocket(TIMEOUT);
		assertThat(first.pings()).isGreaterThanOrEqualTo(2);
		await("the dead socket closed", () -> !first.isOpen());
		assertThat(second.isOpen()).isTrue();
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("did not answer pings");
	}

	@Test
	void pongsKeepTheConnectionAndAreRecorded() {
		start(this.handler, (options) -> options.pingInterval(Duration.ofMillis(100)));
		Socket socket = this.server.awaitSocket(TIMEOUT);
		sleep(700);
		assertThat(socket.pings()).isGreaterThanOrEqualTo(4);
		assertThat(socket.isOpen()).isTrue();
		assertThat(this.server.pollSocket(Duration.ZERO)).isNull();
		assertThat(this.client.getStatus().lastPongAt()).isNotNull();
	}

	@Test
	void aDroppedConnectionIsReopenedAndEventsFlowAgain() {
		start(this.handler, (options) -> options.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50)));
		Socket first = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		first.drop();
		Socket second = this.server.awaitSocket(TIMEOUT);
		this.server.sendMessage("EvAgain", "C1", "U1", "again");
		assertThat(this.handler.next().eventId()).isEqualTo("EvAgain");
		assertThat(this.server.awaitAck(TIMEOUT).socket()).isSameAs(second);
		await("reconnect counted", () -> this.client.getStatus().reconnects() == 1);
	}

	@Test
	void slackRefusingTheAppTokenFailsWithoutRetrying() {
		this.server.answerNext("apps.connections.open", 200, "{\"ok\":false,\"error\":\"invalid_auth\"}", null);
		start(this.handler);
		await("failed", () -> this.client.getState() == SlackSocketModeState.FAILED);
		assertThat(this.client.isRunning()).isFalse();
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("invalid_auth");
		sleep(300);
		assertThat(this.server.calls("apps.connections.open")).hasSize(1);
		assertThat(this.server.pollSocket(Duration.ZERO)).isNull();
	}

	@Test
	void aClientWithoutAppTokenFailsNamingTheProperty() {
		SlackWebClient withoutAppToken = SlackWebClient.builder()
			.baseUrl(this.server.apiUrl())
			.token(SocketModeTestServer.TOKEN)
			.build();
		this.client = SlackSocketModeClient.builder(withoutAppToken).eventHandler(this.handler).build();
		this.client.start();
		await("failed", () -> this.client.getState() == SlackSocketModeState.FAILED);
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("slack.app-token");
	}

	@Test
	void aRateLimitedOpenWaitsForRetryAfter() {
		this.server.answerNext("apps.connections.open", 429, "{\"ok\":false,\"error\":\"ratelimited\"}", 1);
		long started = System.nanoTime();
		start(this.handler);
		this.server.awaitSocket(TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.client.getStatus().lastFailure()).hasMessageContaining("ratelimited");
	}

	@Test
	void anEnvelopeTheDispatcherRejectsIsNotAcknowledged() {
		this.handler.acceptance = (event) -> Mono.error(new SlackEventRejectedException("stopped"));
		start(this.handler);
		this.server.awaitSocket(TIMEOUT);
		this.server.sendMessage("EvRejected", "C1", "U1", "rejected");
		this.handler.next();
		assertThat(this.server.pollAck(Duration.ofMillis(300))).isNull();
		assertThat(this.client.getMetrics().getUnacknowledgedCount()).isEqualTo(1);
		this.handler.acceptance = (event) -> Mono.error(new IllegalArgumentException("bug"));
		this.server.sendMessage("EvFailing", "C1", "U1", "failing");
		this.handler.next();
		assertThat(this.server.awaitAck(TIMEOUT).retryAttempt()).as("other failures are acknowledged").isZero();
	}

	@Test
	void stopClosesWithNormalClosureAndDoesNotReconnect() throws Exception {
		start(this.handler);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> this.client.getStatus().isConnected());
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(socket.awaitClose(TIMEOUT)).isEqualTo(WebSocketCloseStatus.NORMAL_CLOSURE);
		assertThat(this.client.getState()).isEqualTo(SlackSocketModeState.STOPPED);
		assertThat(this.client.isRunning()).isFalse();
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).isNull();
		this.client.start();
		this.server.awaitSocket(TIMEOUT);
		await("connected again", () -> this.client.getStatus().isConnected());
	}

	@Test
	void statusListenersSeeTheStates() {
		List<SlackSocketModeState> states = Collections.synchronizedList(new ArrayList<>());
		this.client = SlackSocketModeClient.builder(this.server.webClient()).eventHandler(this.handler).build();
		this.client.addStatusListener((status) -> states.add(status.state()));
		this.client.start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		await("connected", () -> states.contains(SlackSocketModeState.CONNECTED));
		socket.drop();
		await("reconnecting", () -> states.contains(SlackSocketModeState.RECONNECTING));
		assertThat(states.get(0)).isEqualTo(SlackSocketModeState.CONNECTING);
	}

	private static @Nullable Object record(BlockingQueue<SlackEventContext> queue, SlackEventContext context) {
		queue.add(context);
		return null;
	}

	private SlackEventDispatcher dispatcher(SlackListener listener, String type) {
		SlackEventDispatcher dispatcher = newDispatcher();
		dispatcher.register(new SimpleSlackListenerEndpoint("test-listener",
				SlackEventSelector.builder().types(type).build(), listener));
		dispatcher.start();
		return dispatcher;
	}

	private SlackEventDispatcher newDispatcher() {
		SlackEventDispatcher dispatcher = new SlackEventDispatcher();
		dispatcher.setWebClient(this.server.webClient());
		this.dispatcher = dispatcher;
		return dispatcher;
	}

	private void start(SlackEventHandler handler) {
		start(handler, UnaryOperator.identity());
	}

	private void start(SlackEventHandler handler, UnaryOperator<SlackSocketModeOptions.Builder> options) {
		this.client = SlackSocketModeClient.builder(this.server.webClient())
			.options(options.apply(SlackSocketModeOptions.builder()
				.reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(100))).build())
			.eventHandler(handler)
			.build();
		this.client.start();
	}

	private static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos() * 2;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for: " + what);
			}
			sleep(5);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static <T> T poll(BlockingQueue<T> queue) {
		try {
			T item = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(item).as("nothing within %s", TIMEOUT).isNotNull();
			return item;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Accepts events one at a time, when the test releases them.
	 */
	private static final class Acceptances {

		private final BlockingQueue<Sinks.Empty<Void>> pending = new LinkedBlockingQueue<>();

		Mono<Void> next() {
			Sinks.Empty<Void> sink = Sinks.empty();
			this.pending.add(sink);
			return sink.asMono();
		}

		void release() {
			poll(this.pending).tryEmitEmpty();
		}

	}

	static final class RecordingHandler implements SlackEventHandler {

		private final BlockingQueue<SlackEvent> events = new LinkedBlockingQueue<>();

		volatile Function<SlackEvent, Mono<Void>> acceptance = (event) -> Mono.empty();

		@Override
		public Mono<Void> handle(SlackEvent event) {
			this.events.add(event);
			return this.acceptance.apply(event);
		}

		SlackEvent next() {
			return SlackSocketModeClientTests.poll(this.events);
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
