package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.RtmTestServer.ApiCall;
import dev.slackboot.rtm.RtmTestServer.Socket;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.rtm.SlackRtmStatus;
import dev.slackboot.web.SlackApiException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.slackboot.autoconfigure.RtmTestApplication.TIMEOUT;
import static dev.slackboot.autoconfigure.RtmTestApplication.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: how the RTM connection of a Spring Boot application behaves when Slack drops it, says goodbye,
 * stops answering pings, refuses the token or rate limits {@code rtm.connect}, with listeners receiving the
 * events before and after.
 */
class SlackRtmConnectionEndToEndTests {

	private RtmTestServer server;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startServer() {
		this.server = RtmTestServer.start();
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Test
	void aSocketDroppedMidStreamIsReplacedAndLaterEventsAreDelivered() {
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class);
		Recorder recorder = this.context.getBean(Recorder.class);
		Socket first = this.server.awaitSocket(TIMEOUT);
		for (int i = 0; i < 200; i++) {
			first.pushMessage("C1", "U1", "before " + i);
		}
		await("the stream started", () -> !recorder.texts.isEmpty());
		long dropped = System.nanoTime();
		first.drop();
		Socket second = this.server.awaitSocket(TIMEOUT);
		for (int i = 0; i < 50; i++) {
			second.pushMessage("C1", "U1", "after " + i);
		}
		await("the events after the reconnect", () -> recorder.texts.contains("after 0"));
		long flowing = System.nanoTime();
		await("every event after the reconnect", () -> recorder.texts.contains("after 49"));
		System.out.printf("Dropped socket -> events flowing again: %d ms (reconnect backoff 10-50 ms)%n",
				Duration.ofNanos(flowing - dropped).toMillis());
		List<String> texts = new ArrayList<>(recorder.texts);
		int before = texts.indexOf("after 0");
		for (int i = 0; i < before; i++) {
			assertThat(texts.get(i)).as("what arrived before the drop, in order").isEqualTo("before " + i);
		}
		for (int i = 0; i < 50; i++) {
			assertThat(texts.get(before + i)).isEqualTo("after " + i);
		}
		assertThat(texts).hasSize(before + 50);
		SlackRtmStatus status = this.context.getBean(SlackRtmClient.class).getStatus();
		assertThat(status.state()).isEqualTo(SlackRtmState.CONNECTED);
		assertThat(status.reconnects()).isEqualTo(1);
		assertThat(this.server.maxOpenSockets()).isEqualTo(1);
	}

	@Test
	void goodbyeReplacesTheConnection() {
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class,
				"slack.rtm.reconnect.initial-backoff=30s", "slack.rtm.reconnect.max-backoff=60s");
		Recorder recorder = this.context.getBean(Recorder.class);
		Socket first = this.server.awaitSocket(TIMEOUT);
		first.pushMessage("C1", "U1", "one");
		first.goodbye();
		Socket second = this.server.awaitSocket(TIMEOUT);
		WebSocketCloseStatus closed = first.awaitClose(TIMEOUT);
		assertThat(closed).isNotNull();
		assertThat(closed.code()).isEqualTo(1000);
		second.pushMessage("C1", "U1", "two");
		await("the event on the new connection", () -> recorder.texts.contains("two"));
		assertThat(recorder.texts).containsExactly("one", "two");
		assertThat(this.context.getBean(SlackRtmClient.class).getStatus().reconnects()).isEqualTo(1);
	}

	@Test
	void aConnectionWithoutPongsIsReplaced() {
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class, "slack.rtm.ping-interval=200ms");
		Recorder recorder = this.context.getBean(Recorder.class);
		Socket first = this.server.awaitSocket(TIMEOUT);
		first.awaitFrame("ping", TIMEOUT);
		this.server.answerPings(false);
		Socket second = this.server.awaitSocket(TIMEOUT);
		this.server.answerPings(true);
		WebSocketCloseStatus closed = first.awaitClose(TIMEOUT);
		assertThat(closed).isNotNull();
		assertThat(closed.code()).isEqualTo(1000);
		second.pushMessage("C1", "U1", "still here");
		await("the event on the new connection", () -> recorder.texts.contains("still here"));
		SlackRtmStatus status = this.context.getBean(SlackRtmClient.class).getStatus();
		assertThat(status.reconnects()).isEqualTo(1);
		assertThat(status.lastFailure()).hasMessageContaining("pings");
	}

	@Test
	void invalidAuthFailsTheRtmClientButNotTheApplication() throws Exception {
		this.server.failConnect("invalid_auth");
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class);
		SlackRtmClient client = this.context.getBean(SlackRtmClient.class);
		await("the client failed", () -> client.getState() == SlackRtmState.FAILED);
		assertThat(client.getStatus().lastFailure()).isInstanceOfSatisfying(SlackApiException.class,
				(ex) -> assertThat(ex.getError()).isEqualTo("invalid_auth"));
		assertThat(this.context.getBean(SlackRtmLifecycle.class).isRunning()).isFalse();
		assertThat(this.context.isRunning()).isTrue();
		assertThat(this.context.getBean(SlackEventDispatcher.class).isRunning()).isTrue();
		BlockingQueue<ApiCall> connects = this.server.calls("rtm.connect");
		assertThat(connects.poll(5, TimeUnit.SECONDS)).isNotNull();
		assertThat(connects.poll(300, TimeUnit.MILLISECONDS)).as("no further attempt").isNull();
		assertThat(this.server.sockets()).isEmpty();
	}

	@Test
	void aRateLimitedConnectWaitsForRetryAfterInTheRtmClient() throws Exception {
		this.server.rateLimitNextConnect(1);
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class);
		ApiCall limited = this.server.calls("rtm.connect").poll(5, TimeUnit.SECONDS);
		ApiCall retried = this.server.calls("rtm.connect").poll(5, TimeUnit.SECONDS);
		assertThat(limited).isNotNull();
		assertThat(retried).isNotNull();
		assertThat(Duration.ofNanos(retried.receivedAtNanos() - limited.receivedAtNanos()))
			.as("waited for Retry-After rather than the 10 ms backoff")
			.isGreaterThanOrEqualTo(Duration.ofMillis(950));
		this.server.awaitSocket(TIMEOUT);
		SlackRtmStatus status = this.context.getBean(SlackRtmClient.class).getStatus();
		assertThat(status.reconnects()).as("the rate limit reached the RTM client, not a Web API retry").isEqualTo(1);
		assertThat(status.lastFailure()).isInstanceOfSatisfying(SlackApiException.class,
				(ex) -> assertThat(ex.getHttpStatus()).isEqualTo(429));
	}

	static class Recorder {

		final List<String> texts = new CopyOnWriteArrayList<>();

		@SlackEventListener("message")
		void onMessage(MessageEvent event) {
			this.texts.add(event.text());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RecorderConfiguration {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

}
