package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.request.EventsApiEnvelope;
import com.slack.api.socket_mode.request.SlashCommandsEnvelope;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.socket_mode.response.MessagePayload;
import com.slack.api.socket_mode.response.MessageResponse;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's official Java SDK ({@code com.slack.api}) against the emulator's Socket Mode, unchanged but for its Web
 * API URL prefix: its {@link SocketModeClient} (on Tyrus) opens a connection through
 * {@code apps.connections.open}, passes its ping check, receives envelopes its models bind, and acknowledges them.
 */
class SocketModeJavaSdkFidelityTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final Slack slack = Slack.getInstance(config(this.emulator));

	private final Gson gson = GsonFactory.createSnakeCase();

	@AfterEach
	void stop() throws Exception {
		this.slack.close();
		this.emulator.stop();
	}

	private static SlackConfig config(SlackEmulator emulator) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(emulator.baseUrl());
		return config;
	}

	@Test
	void socketModeClientReceivesEventsApiEnvelopesAndAcknowledgesThem() throws Exception {
		BlockingQueue<EventsApiEnvelope> envelopes = new LinkedBlockingQueue<>();
		try (SocketModeClient client = this.slack.socketMode(this.emulator.appToken())) {
			client.addEventsApiEnvelopeListener((envelope) -> {
				envelopes.add(envelope);
				client.sendSocketModeResponse(new AckResponse(envelope.getEnvelopeId()));
			});
			client.connect();
			await(() -> this.emulator.socketModeConnections() == 1, "the SDK's connection");
			assertThat(client.verifyConnection()).isTrue();
			this.emulator.postAsUser("general", "<@" + SlackEmulator.BOT_USER_ID + "> hello SocketModeClient");
			EventsApiEnvelope message = envelopes.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(message).isNotNull();
			assertThat(message.getRetryAttempt()).isZero();
			JsonObject payload = message.getPayload().getAsJsonObject();
			assertThat(payload.get("type").getAsString()).isEqualTo("event_callback");
			MessageEvent event = this.gson.fromJson(payload.get("event"), MessageEvent.class);
			assertThat(event.getChannel()).isEqualTo("C0GENERAL");
			assertThat(event.getChannelType()).isEqualTo("channel");
			assertThat(event.getUser()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
			assertThat(event.getText()).endsWith("hello SocketModeClient");
			EventsApiEnvelope mention = envelopes.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(mention).isNotNull();
			AppMentionEvent appMention = this.gson.fromJson(mention.getPayload().getAsJsonObject().get("event"),
					AppMentionEvent.class);
			assertThat(appMention.getTs()).isEqualTo(event.getTs());
			await(() -> this.emulator.socketModeStats().acks() == 2, "the SDK's acknowledgements");
		}
		assertThat(this.emulator.socketModeStats().redeliveries()).isZero();
	}

	@Test
	void socketModeClientAnswersASlashCommandInItsAcknowledgement() throws Exception {
		try (SocketModeClient client = this.slack.socketMode(this.emulator.appToken())) {
			client.addSlashCommandsEnvelopeListener((SlashCommandsEnvelope envelope) -> {
				JsonObject payload = envelope.getPayload().getAsJsonObject();
				String answer = "Sunny in " + payload.get("text").getAsString();
				client.sendSocketModeResponse(new MessageResponse(envelope.getEnvelopeId(),
						MessagePayload.builder().text(answer).build()));
			});
			client.connect();
			await(() -> this.emulator.socketModeConnections() == 1, "the SDK's connection");
			String envelopeId = this.emulator.emitSlashCommand("alice", "general", "/weather", "Paris");
			await(() -> !this.emulator.socketModeAcks().isEmpty(), "the SDK's acknowledgement");
			assertThat(this.emulator.socketModeAcks()).singleElement().satisfies((ack) -> {
				assertThat(ack.envelopeId()).isEqualTo(envelopeId);
				assertThat(ack.payload().path("text").asString()).isEqualTo("Sunny in Paris");
			});
		}
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + TIMEOUT + " for " + what);
			}
			Thread.sleep(20);
		}
	}

}
