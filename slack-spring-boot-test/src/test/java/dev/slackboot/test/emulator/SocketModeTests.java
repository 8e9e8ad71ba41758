package dev.slackboot.test.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.slackboot.web.BlockingSlackWebClient;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.json;
import static dev.slackboot.test.emulator.EmulatorClients.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Socket Mode against the emulator, with a raw WebSocket client and an acknowledgement deadline of 500 ms.
 */
class SocketModeTests {

	private static final Duration ACK_TIMEOUT = Duration.ofMillis(500);

	private final SlackEmulator emulator = SlackEmulator.builder().ackTimeout(ACK_TIMEOUT).build().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	private final List<SocketModeTestClient> clients = new ArrayList<>();

	@AfterEach
	void stop() {
		this.clients.forEach(SocketModeTestClient::close);
		this.emulator.stop();
	}

	private SocketModeTestClient open() {
		SocketModeTestClient client = SocketModeTestClient.connect(this.slack.apps().connectionsOpen().url());
		this.clients.add(client);
		return client;
	}

	private SocketModeTestClient connect() {
		SocketModeTestClient client = open();
		client.hello();
		return client;
	}

	@Test
	void helloCountsTheOpenConnectionsAndNamesTheApp() {
		JsonNode first = open().hello();
		assertThat(first.path("num_connections").asInt()).isEqualTo(1);
		assertThat(first.path("debug_info").path("host").asString()).startsWith("applink-");
		assertThat(first.path("debug_info").path("approximate_connection_time").asLong()).isEqualTo(18060);
		assertThat(first.path("connection_info").path("app_id").asString()).isEqualTo(SlackEmulator.APP_ID);
		JsonNode second = open().hello();
		assertThat(second.path("num_connections").asInt()).isEqualTo(2);
		assertThat(second.path("debug_info").path("host").asString())
			.isNotEqualTo(first.path("debug_info").path("host").asString());
		assertThat(this.emulator.socketModeConnections()).isEqualTo(2);
	}

	@Test
	void aMessagePostedAsAUserArrivesAsAnEventsApiEnvelopeWithAFullEventCallback() {
		SocketModeTestClient app = connect();
		String ts = this.emulator.postAsUser("general", "hello bot").ts();
		JsonNode envelope = app.next();
		assertThat(envelope.path("type").asString()).isEqualTo("events_api");
		assertThat(envelope.path("envelope_id").asString()).isNotBlank();
		assertThat(envelope.path("accepts_response_payload").asBoolean(true)).isFalse();
		assertThat(envelope.path("retry_attempt").asInt(-1)).isZero();
		assertThat(envelope.path("retry_reason").asString(null)).isEmpty();
		JsonNode payload = envelope.path("payload");
		assertThat(payload.path("type").asString()).isEqualTo("event_callback");
		assertThat(payload.path("token").asString()).isNotBlank();
		assertThat(payload.path("team_id").asString()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(payload.path("api_app_id").asString()).isEqualTo(SlackEmulator.APP_ID);
		assertThat(payload.path("event_id").asString()).matches("Ev[0-9A-Z]{10}");
		assertThat(payload.path("event_time").asLong()).isEqualTo(Long.parseLong(ts.substring(0, ts.indexOf('.'))));
		assertThat(payload.path("is_ext_shared_channel").asBoolean(true)).isFalse();
		assertThat(payload.path("event_context").asString()).startsWith("4-");
		JsonNode authorization = payload.path("authorizations").get(0);
		assertThat(authorization.path("team_id").asString()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(authorization.path("user_id").asString()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(authorization.path("is_bot").asBoolean()).isTrue();
		JsonNode event = payload.path("event");
		assertThat(event.path("type").asString()).isEqualTo("message");
		assertThat(event.path("channel").asString()).isEqualTo("C0GENERAL");
		assertThat(event.path("channel_type").asString()).isEqualTo("channel");
		assertThat(event.path("user").asString()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
		assertThat(event.path("text").asString()).isEqualTo("hello bot");
		assertThat(event.path("ts").asString()).isEqualTo(ts);
	}

	@Test
	void theAppSeesItsConversationsAndMentionsButNotTypingNorOtherChannels() {
		SocketModeTestClient app = connect();
		this.emulator.postAsUser("bob", "watercooler", "without the bot");
		this.emulator.typing("alice", "general");
		this.emulator.postAsUser("D0ALICE", "in private");
		this.emulator.postAsUser("general", "<@" + SlackEmulator.BOT_USER_ID + "> what's up?");
		JsonNode direct = app.next().path("payload").path("event");
		assertThat(direct.path("text").asString()).isEqualTo("in private");
		assertThat(direct.path("channel_type").asString()).isEqualTo("im");
		JsonNode message = app.next().path("payload").path("event");
		assertThat(message.path("type").asString()).isEqualTo("message");
		JsonNode mention = app.next().path("payload");
		assertThat(mention.path("event").path("type").asString()).isEqualTo("app_mention");
		assertThat(mention.path("event").path("text").asString()).isEqualTo(message.path("text").asString());
		assertThat(mention.path("event").path("ts").asString()).isEqualTo(message.path("ts").asString());
		assertThat(mention.path("event").path("channel").asString()).isEqualTo("C0GENERAL");
		assertThat(app.poll(Duration.ofMillis(200))).isNull();
	}

	@Test
	void anAckStopsTheRedelivery() {
		SocketModeTestClient app = connect();
		this.emulator.postAsUser("general", "ack me");
		String envelopeId = app.next().path("envelope_id").asString();
		app.ack(envelopeId);
		assertThat(app.poll(ACK_TIMEOUT.multipliedBy(2))).isNull();
		assertThat(this.emulator.socketModeStats()).isEqualTo(new SocketModeStats(1, 1, 0, 0, 0));
		assertThat(this.emulator.socketModeAcks()).singleElement()
			.isEqualTo(new SocketModeAck(envelopeId, "events_api", 0, null));
	}

	@Test
	void aMissedAckIsRedeliveredThreeTimesWithRetryAttemptAndReason() {
		SocketModeTestClient app = connect();
		this.emulator.postAsUser("general", "too slow");
		JsonNode first = app.next();
		for (int attempt = 1; attempt <= 3; attempt++) {
			JsonNode retry = app.next();
			assertThat(retry.path("envelope_id").asString()).isEqualTo(first.path("envelope_id").asString());
			assertThat(retry.path("retry_attempt").asInt()).isEqualTo(attempt);
			assertThat(retry.path("retry_reason").asString()).isEqualTo("timeout");
			assertThat(retry.path("payload").path("event_id").asString())
				.isEqualTo(first.path("payload").path("event_id").asString());
		}
		assertThat(app.poll(ACK_TIMEOUT.multipliedBy(2))).isNull();
		assertThat(this.emulator.socketModeStats()).isEqualTo(new SocketModeStats(1, 0, 3, 0, 1));
	}

	@Test
	void anAckOfTheRedeliveryStopsIt() {
		SocketModeTestClient app = connect();
		this.emulator.postAsUser("general", "late");
		app.next();
		JsonNode retry = app.next();
		app.ack(retry.path("envelope_id").asString());
		assertThat(app.poll(ACK_TIMEOUT.multipliedBy(2))).isNull();
		assertThat(this.emulator.socketModeAcks()).singleElement()
			.satisfies((ack) -> assertThat(ack.retryAttempt()).isEqualTo(1));
	}

	@Test
	void envelopesAreSpreadOverTheOpenConnectionsAndARedeliveryGoesToTheNext() {
		SocketModeTestClient first = connect();
		SocketModeTestClient second = connect();
		for (int i = 0; i < 4; i++) {
			this.emulator.postAsUser("general", "message " + i);
		}
		List<String> texts = new ArrayList<>();
		for (SocketModeTestClient app : List.of(first, second, first, second)) {
			JsonNode envelope = app.next();
			app.ack(envelope.path("envelope_id").asString());
			texts.add(envelope.path("payload").path("event").path("text").asString());
		}
		assertThat(texts).containsExactlyInAnyOrder("message 0", "message 1", "message 2", "message 3");
		this.emulator.postAsUser("general", "redelivered elsewhere");
		JsonNode missed = first.next();
		JsonNode retry = second.next();
		assertThat(retry.path("envelope_id").asString()).isEqualTo(missed.path("envelope_id").asString());
		assertThat(retry.path("retry_attempt").asInt()).isEqualTo(1);
	}

	@Test
	void anEventWhileNoConnectionIsOpenArrivesWithTheRedelivery() {
		SocketModeTestClient gone = connect();
		gone.close();
		gone.awaitEnd();
		awaitConnections(0);
		this.emulator.postAsUser("general", "while away");
		SocketModeTestClient back = connect();
		JsonNode envelope = back.next();
		assertThat(envelope.path("payload").path("event").path("text").asString()).isEqualTo("while away");
		assertThat(envelope.path("retry_attempt").asInt()).isEqualTo(1);
		assertThat(envelope.path("retry_reason").asString()).isEqualTo("timeout");
	}

	@Test
	void refreshRequestedAndWarningAreDisconnectFramesAndTheConnectionTakesNoNewEnvelopes() {
		SocketModeTestClient old = connect();
		this.emulator.requestRefresh();
		JsonNode refresh = old.next();
		assertThat(refresh.path("type").asString()).isEqualTo("disconnect");
		assertThat(refresh.path("reason").asString()).isEqualTo("refresh_requested");
		assertThat(refresh.path("debug_info").path("host").asString()).startsWith("applink-");
		SocketModeTestClient fresh = connect();
		this.emulator.postAsUser("general", "after the refresh");
		JsonNode envelope = fresh.next();
		fresh.ack(envelope.path("envelope_id").asString());
		assertThat(old.poll(Duration.ofMillis(100))).isNull();
		this.emulator.sendSocketModeWarning();
		assertThat(fresh.next().path("reason").asString()).isEqualTo("warning");
		assertThat(old.poll(Duration.ofMillis(100))).isNull();
		assertThat(this.emulator.socketModeConnections()).isEqualTo(2);
	}

	@Test
	void aRefreshIntervalSendsRefreshRequestedToEachConnection() {
		try (SlackEmulator refreshing = SlackEmulator.builder().socketModeRefreshInterval(Duration.ofSeconds(1))
			.build()
			.start()) {
			SocketModeTestClient app = SocketModeTestClient.connect(client(refreshing).blocking()
				.apps()
				.connectionsOpen()
				.url());
			this.clients.add(app);
			assertThat(app.hello().path("debug_info").path("approximate_connection_time").asLong()).isEqualTo(1);
			assertThat(app.poll(Duration.ofMillis(500))).isNull();
			assertThat(app.next().path("reason").asString()).isEqualTo("refresh_requested");
		}
	}

	@Test
	void theEleventhConnectionGetsTooManyWebsocketsAndIsClosed() {
		for (int i = 0; i < 10; i++) {
			connect();
		}
		SocketModeTestClient eleventh = open();
		JsonNode disconnect = eleventh.next();
		assertThat(disconnect.path("type").asString()).isEqualTo("disconnect");
		assertThat(disconnect.path("reason").asString()).isEqualTo("too_many_websockets");
		eleventh.awaitClose();
		eleventh.awaitEnd();
		assertThat(this.emulator.socketModeConnections()).isEqualTo(10);
	}

	@Test
	void aUsedOrUnknownTicketIsClosedWithoutHello() {
		String url = this.slack.apps().connectionsOpen().url();
		assertThat(url).matches("ws://127\\.0\\.0\\.1:" + this.emulator.port()
				+ "/link/\\?ticket=[0-9a-f]{32}&app_id=" + SlackEmulator.APP_ID);
		SocketModeTestClient first = SocketModeTestClient.connect(url);
		this.clients.add(first);
		first.hello();
		SocketModeTestClient reused = SocketModeTestClient.connect(url);
		this.clients.add(reused);
		WebSocketCloseStatus status = reused.awaitClose();
		assertThat(status.code()).isEqualTo(1008);
		assertThat(reused.poll(Duration.ofMillis(100))).isNull();
		SocketModeTestClient unknown = SocketModeTestClient
			.connect("ws://127.0.0.1:" + this.emulator.port() + "/link/?ticket=0123&app_id=" + SlackEmulator.APP_ID);
		this.clients.add(unknown);
		assertThat(unknown.awaitClose().code()).isEqualTo(1008);
		assertThat(this.emulator.socketModeConnections()).isEqualTo(1);
	}

	@Test
	void aSlashCommandArrivesWithSlacksFormFieldsAndItsAckPayloadIsRecorded() {
		SocketModeTestClient app = connect();
		String envelopeId = this.emulator.emitSlashCommand("bob", "random", "/weather", "paris");
		JsonNode envelope = app.next();
		assertThat(envelope.path("envelope_id").asString()).isEqualTo(envelopeId);
		assertThat(envelope.path("type").asString()).isEqualTo("slash_commands");
		assertThat(envelope.path("accepts_response_payload").asBoolean()).isTrue();
		JsonNode payload = envelope.path("payload");
		assertThat(payload.path("command").asString()).isEqualTo("/weather");
		assertThat(payload.path("text").asString()).isEqualTo("paris");
		assertThat(payload.path("user_id").asString()).isEqualTo("U0BOB");
		assertThat(payload.path("user_name").asString()).isEqualTo("bob");
		assertThat(payload.path("channel_id").asString()).isEqualTo("C0RANDOM");
		assertThat(payload.path("channel_name").asString()).isEqualTo("random");
		assertThat(payload.path("team_id").asString()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(payload.path("api_app_id").asString()).isEqualTo(SlackEmulator.APP_ID);
		assertThat(payload.path("response_url").asString()).startsWith(this.emulator.rootUrl() + "commands/");
		assertThat(payload.path("trigger_id").asString()).isNotBlank();
		app.send("{\"envelope_id\":\"" + envelopeId + "\",\"payload\":{\"text\":\"Sunny in paris\"}}");
		assertThat(app.poll(ACK_TIMEOUT.multipliedBy(2))).isNull();
		assertThat(this.emulator.socketModeAcks()).singleElement().satisfies((ack) -> {
			assertThat(ack.envelopeType()).isEqualTo("slash_commands");
			assertThat(ack.payload().path("text").asString()).isEqualTo("Sunny in paris");
		});
	}

	@Test
	void anInteractionArrivesAsAnInteractiveEnvelopeAndIsNotRedelivered() {
		SocketModeTestClient app = connect();
		String payload = """
				{"type":"block_actions","user":{"id":"U0ALICE","username":"alice","team_id":"T0EMULATOR"},
				"api_app_id":"A0EMUAPP","container":{"type":"message","channel_id":"C0GENERAL"},
				"actions":[{"type":"button","action_id":"approve","value":"42"}]}""";
		String envelopeId = this.emulator.emitInteraction(payload);
		JsonNode envelope = app.next();
		assertThat(envelope.path("envelope_id").asString()).isEqualTo(envelopeId);
		assertThat(envelope.path("type").asString()).isEqualTo("interactive");
		assertThat(envelope.path("accepts_response_payload").asBoolean(true)).isFalse();
		assertThat(envelope.has("retry_attempt")).isFalse();
		assertThat(envelope.path("payload").path("actions").get(0).path("action_id").asString()).isEqualTo("approve");
		assertThat(app.poll(ACK_TIMEOUT.multipliedBy(2))).isNull();
		assertThat(this.emulator.socketModeStats()).isEqualTo(new SocketModeStats(1, 0, 0, 0, 1));
	}

	@Test
	void emittingWithoutAnOpenConnectionFails() {
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.emitSocketModeEvent("{\"type\":\"x\"}"))
			.withMessageContaining("No Socket Mode connection");
	}

	@Test
	void pingsAreAnsweredWithTheirDataUntilStopped() {
		SocketModeTestClient app = connect();
		app.ping("ping-pong_1");
		assertThat(app.pong(Duration.ofSeconds(5))).isEqualTo("ping-pong_1");
		this.emulator.stopAnsweringSocketModePings(true);
		app.ping("ping-pong_2");
		assertThat(app.pong(Duration.ofMillis(300))).isNull();
	}

	@Test
	void droppedConnectionsEndWithoutACloseFrame() {
		SocketModeTestClient app = connect();
		this.emulator.dropSocketModeConnections();
		app.awaitEnd();
		awaitConnections(0);
	}

	@Test
	void theControlApiOverHttpEmitsAnEventAndReportsTheCounts() {
		SocketModeTestClient app = connect();
		String root = this.emulator.rootUrl() + "_emulator/";
		JsonNode emitted = json(post(root + "socket-mode/events", "application/json",
				"{\"type\":\"app_home_opened\",\"user\":\"U0ALICE\",\"channel\":\"D0ALICE\",\"tab\":\"home\"}"));
		assertThat(emitted.path("ok").asBoolean()).isTrue();
		JsonNode envelope = app.next();
		assertThat(envelope.path("envelope_id").asString()).isEqualTo(emitted.path("envelope_id").asString());
		assertThat(envelope.path("payload").path("event").path("type").asString()).isEqualTo("app_home_opened");
		app.ack(envelope.path("envelope_id").asString());
		assertThat(app.poll(Duration.ofMillis(100))).isNull();
		JsonNode state = json(EmulatorClients.send(HttpRequest.newBuilder(URI.create(root + "socket-mode")).GET()));
		assertThat(state.path("connections").asInt()).isEqualTo(1);
		assertThat(state.path("stats").path("acks").asLong()).isEqualTo(1);
		assertThat(state.path("acks").get(0).path("envelope_id").asString())
			.isEqualTo(envelope.path("envelope_id").asString());
	}

	private void awaitConnections(int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.emulator.socketModeConnections() != count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Expected " + count + " Socket Mode connections, got "
						+ this.emulator.socketModeConnections());
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
