package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.RtmTestServer.Socket;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.slackboot.autoconfigure.RtmTestApplication.TIMEOUT;
import static dev.slackboot.autoconfigure.RtmTestApplication.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the RTM connection follows the application's lifecycle. It connects once the listeners run, on
 * another thread than the application's startup, and on shutdown it closes first (status 1000, no reconnect)
 * while the listeners finish what they started.
 */
class SlackRtmLifecycleEndToEndTests {

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
	void closingTheApplicationClosesTheSocketFirstAndWaitsForTheListenerInFlight() throws Exception {
		this.context = RtmTestApplication.run(this.server, SlowConfiguration.class);
		SlowListener listener = this.context.getBean(SlowListener.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.pushMessage("C1", "U1", "take your time");
		assertThat(listener.entered.await(5, TimeUnit.SECONDS)).isTrue();
		AtomicLong closedAt = new AtomicLong();
		Thread closer = new Thread(() -> {
			this.context.close();
			closedAt.set(System.nanoTime());
		});
		closer.start();
		WebSocketCloseStatus status = socket.awaitClose(TIMEOUT);
		assertThat(listener.finishedAt.get()).as("the socket closed while the listener was still running").isZero();
		assertThat(status).isNotNull();
		assertThat(status.code()).isEqualTo(1000);
		closer.join(10_000);
		assertThat(closedAt.get()).as("the application closed").isNotZero();
		assertThat(listener.finishedAt.get()).as("the listener finished before the close returned")
			.isNotZero()
			.isLessThan(closedAt.get());
		assertThat(listener.interrupted).isFalse();
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).as("no reconnect after the close").isNull();
		assertThat(this.server.calls("rtm.connect")).hasSize(1);
	}

	@Test
	void stoppedApplicationDisconnectsAndConnectsAgainWhenStarted() {
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class);
		Recorder recorder = this.context.getBean(Recorder.class);
		Socket first = this.server.awaitSocket(TIMEOUT);
		first.pushMessage("C1", "U1", "one");
		await("the first event", () -> recorder.texts.contains("one"));
		this.context.stop();
		WebSocketCloseStatus status = first.awaitClose(TIMEOUT);
		assertThat(status).isNotNull();
		assertThat(status.code()).isEqualTo(1000);
		assertThat(this.context.getBean(SlackRtmLifecycle.class).isRunning()).isFalse();
		assertThat(this.context.getBean(SlackListenerEndpointRegistry.class).isRunning()).isFalse();
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).as("no reconnect while stopped").isNull();
		this.context.start();
		Socket second = this.server.awaitSocket(TIMEOUT);
		second.pushMessage("C1", "U1", "two");
		await("the event after the restart", () -> recorder.texts.contains("two"));
		assertThat(recorder.texts).containsExactly("one", "two");
		assertThat(this.context.getBean(SlackRtmClient.class).getState()).isEqualTo(SlackRtmState.CONNECTED);
	}

	@Test
	void withoutAutoStartupTheClientConnectsWhenStarted() {
		this.context = RtmTestApplication.run(this.server, RecorderConfiguration.class, "slack.rtm.auto-startup=false");
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).as("not connected at startup").isNull();
		assertThat(this.context.getBean(SlackRtmClient.class).getState()).isEqualTo(SlackRtmState.STOPPED);
		assertThat(this.context.getBean(SlackListenerEndpointRegistry.class).isRunning()).isTrue();
		this.context.getBean(SlackRtmLifecycle.class).start();
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.pushMessage("C1", "U1", "hello");
		Recorder recorder = this.context.getBean(Recorder.class);
		await("the event", () -> recorder.texts.contains("hello"));
	}

	@Test
	void startupLeavesTheFirstCallToSlackToAnotherThread() {
		Thread startup = Thread.currentThread();
		this.context = RtmTestApplication.run(this.server, CallThreadsConfiguration.class);
		this.server.awaitSocket(TIMEOUT);
		List<Thread> threads = this.context.getBean(CallThreadsConfiguration.class).threads;
		assertThat(threads).as("the threads that called Slack's Web API").isNotEmpty().doesNotContain(startup);
	}

	static class SlowListener {

		final CountDownLatch entered = new CountDownLatch(1);

		final AtomicLong finishedAt = new AtomicLong();

		volatile boolean interrupted;

		@SlackEventListener("message")
		void onMessage(MessageEvent event) {
			this.entered.countDown();
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				this.interrupted = true;
			}
			this.finishedAt.set(System.nanoTime());
		}

	}

	static class Recorder {

		final List<String> texts = new CopyOnWriteArrayList<>();

		@SlackEventListener("message")
		void onMessage(MessageEvent event) {
			this.texts.add(event.text());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SlowConfiguration {

		@Bean
		SlowListener slowListener() {
			return new SlowListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CallThreadsConfiguration {

		final List<Thread> threads = new CopyOnWriteArrayList<>();

		@Bean
		WebClientCustomizer callThreadsRecorder() {
			return (builder) -> builder.filter((request, next) -> {
				this.threads.add(Thread.currentThread());
				return next.exchange(request);
			});
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
