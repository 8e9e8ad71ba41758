package dev.slackboot.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackRequestVerification;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.test.emulator.EventDelivery;
import dev.slackboot.test.emulator.RequestForgery;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.web.SlackWebClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end against the emulator's Events API sender: the emulator POSTs signed requests, as Slack does, to a
 * {@link SlackEventsApiHandler} served on a real HTTP server, which hands them to the
 * {@code @SlackEventListener} beans of a Spring Boot application connected to the same emulator.
 */
class SlackEventsApiEmulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private ConfigurableApplicationContext context;

	private SlackEmulator emulator;

	private SlackEventDispatcher dispatcher;

	private SlackEventsApiHandler handler;

	private DisposableServer server;

	private Listeners listeners;

	@BeforeEach
	void start() {
		this.context = new SpringApplicationBuilder(EventsApiApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run("--slack.token=xoxb-never-used-in-tests", "--slack.listener.concurrency=1",
					"--slack.listener.queue-capacity=1");
		this.emulator = this.context.getBean(SlackEmulator.class);
		this.dispatcher = this.context.getBean(SlackEventDispatcher.class);
		this.dispatcher.setSelfIdentity(SlackSelfIdentity.fetch(this.context.getBean(SlackWebClient.class))
			.block(TIMEOUT));
		this.listeners = this.context.getBean(Listeners.class);
		this.handler = SlackEventsApiHandler.builder()
			.signingSecret(this.emulator.signingSecret())
			.eventHandler(this.dispatcher)
			.build();
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle(new ReactorHttpHandlerAdapter(
					RouterFunctions.toHttpHandler(this.handler.routerFunction(SlackEventsApiHandler.DEFAULT_PATH))))
			.bindNow(TIMEOUT);
		this.emulator.eventsRequestUrl("http://127.0.0.1:" + this.server.port() + SlackEventsApiHandler.DEFAULT_PATH);
	}

	@AfterEach
	void stop() {
		this.listeners.release.countDown();
		this.emulator.eventsRequestUrl(null);
		this.server.disposeNow(TIMEOUT);
		this.context.close();
	}

	@Test
	void urlVerificationPasses() {
		EventDelivery verification = this.emulator.verifyUrl();
		assertThat(verification.delivered()).isTrue();
		assertThat(verification.status()).isEqualTo(200);
	}

	@Test
	void signedEventReachesListenerWhichRepliesThroughWebApi() throws InterruptedException {
		this.emulator.postAsUser("general", "hello over http");
		SlackEvent event = this.listeners.events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(event).isNotNull();
		assertThat(event.transport()).isEqualTo(SlackTransport.EVENTS_API);
		assertThat(event.eventId()).startsWith("Ev");
		assertThat(event.user()).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
		assertThat(this.emulator.awaitMessage((message) -> "Hi <@U0ALICE>!".equals(message.text())).user())
			.isEqualTo(SlackEmulator.BOT_USER_ID);
		EventDelivery delivery = this.emulator.awaitEventDelivery((d) -> event.eventId().equals(d.eventId()),
				TIMEOUT);
		assertThat(delivery.delivered()).isTrue();
		assertThat(delivery.attempts()).isOne();
		await("the bot's own reply was delivered over HTTP too",
				() -> this.emulator.eventDeliveries().stream().filter(EventDelivery::delivered).count() >= 2);
		awaitIdle();
		assertThat(this.listeners.events).as("the bot's own reply is not handed to the listener").isEmpty();
	}

	@Test
	void forgedRequestsAreRefusedAndNeverDispatched() throws InterruptedException {
		String event = "{\"type\":\"message\",\"channel\":\"C0GENERAL\",\"user\":\"U0ALICE\",\"text\":\"forged\","
				+ "\"ts\":\"1700000000.000100\"}";
		List<Integer> statuses = new ArrayList<>();
		for (RequestForgery forgery : RequestForgery.values()) {
			statuses.add(this.emulator.sendForgedEvent(event, forgery).status());
		}
		assertThat(statuses).containsOnly(401);
		assertThat(this.listeners.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
		assertThat(this.handler.getMetrics().getSignatureFailureCount(SlackRequestVerification.SIGNATURE_MISMATCH))
			.isOne();
		assertThat(this.handler.getMetrics().getSignatureFailureCount(SlackRequestVerification.STALE_TIMESTAMP))
			.isOne();
		assertThat(this.handler.getMetrics().getSignatureFailureCount(SlackRequestVerification.MISSING_SIGNATURE))
			.isOne();
	}

	@Test
	void missedAckIsRedeliveredAndDeliveredOnce() throws InterruptedException {
		this.emulator.ackTimeout(Duration.ofMillis(300));
		this.emulator.postAsUser("general", "block");
		assertThat(this.listeners.blockStarted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		this.emulator.postAsUser("general", "queued");
		await("the queue is full", () -> this.dispatcher.getQueueSize() == 1);
		this.emulator.postAsUser("general", "late");
		await("Slack retried the unanswered request", () -> this.handler.getMetrics().getRetryCount() > 0);
		this.listeners.release.countDown();
		EventDelivery late = this.emulator.awaitEventDelivery((delivery) -> delivery.attempts() > 1, TIMEOUT);
		assertThat(late.delivered()).isTrue();
		awaitIdle();
		List<String> texts = new ArrayList<>();
		this.listeners.events.forEach((event) -> texts.add(event.event().path("text").asString()));
		assertThat(texts).containsExactly("block", "queued", "late");
	}

	private void awaitIdle() {
		await("the dispatcher is idle", () -> this.dispatcher.getQueueSize() == 0
				&& this.dispatcher.getActiveCount() == 0 && this.dispatcher.getWaitingCount() == 0);
	}

	private static void await(String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + TIMEOUT.toMillis() + " ms: " + description);
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

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@ImportAutoConfiguration(SlackEmulatorAutoConfiguration.class)
	static class EventsApiApplication {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	static class Listeners {

		final BlockingQueue<SlackEvent> events = new LinkedBlockingQueue<>();

		final CountDownLatch blockStarted = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@SlackEventListener("message")
		@Nullable String onMessage(MessageEvent message, SlackEvent event) throws InterruptedException {
			this.events.add(event);
			if ("block".equals(message.text())) {
				this.blockStarted.countDown();
				this.release.await(20, TimeUnit.SECONDS);
			}
			return "hello over http".equals(message.text()) ? "Hi <@" + message.user() + ">!" : null;
		}

	}

}
