package dev.slackboot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.events.SlackRequestVerifier;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.metrics.SlackDispatcherMeterBinder;
import dev.slackboot.metrics.SlackEventsApiMeterBinder;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a reactive Spring Boot application on a real Netty server receives signed Events API requests
 * at {@code /slack/events} and delivers them to {@code @SlackEventListener} beans.
 */
class SlackEventsApiEndToEndTests {

	private static final String SECRET = "e2e-signing-secret-5f0c";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private ConfigurableApplicationContext context;

	private WebTestClient client;

	private Listeners listeners;

	@BeforeEach
	void start() {
		slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U0BOT\","
				+ "\"bot_id\":\"B0BOT\",\"user\":\"bot\",\"team\":\"Example\","
				+ "\"url\":\"https://example.slack.com/\"}")));
		this.context = new SpringApplicationBuilder(EventsApiApplication.class).web(WebApplicationType.REACTIVE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run("--server.port=0", "--server.address=127.0.0.1", "--slack.token=xoxb-42-e2e",
					"--slack.web.base-url=" + slack.baseUrl() + "/api/", "--slack.signing-secret=" + SECRET);
		int port = ((ReactiveWebServerApplicationContext) this.context).getWebServer().getPort();
		this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(TIMEOUT).build();
		this.listeners = this.context.getBean(Listeners.class);
		SlackEventDispatcher dispatcher = this.context.getBean(SlackEventDispatcher.class);
		RtmTestApplication.await("the app's identity is read", () -> dispatcher.getSelfIdentity() != null);
	}

	@AfterEach
	void stop() {
		this.listeners.release.countDown();
		this.context.close();
	}

	@Test
	void signedEventReachesListenerAndIsAnsweredBeforeSlowListenerEnds() throws InterruptedException {
		long start = System.nanoTime();
		assertThat(send(message("Ev1", "U1", "deploy please"), SECRET, 0)).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		SlackEvent event = this.listeners.events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(event).isNotNull();
		assertThat(event.transport()).isEqualTo(SlackTransport.EVENTS_API);
		assertThat(event.eventId()).isEqualTo("Ev1");
		assertThat(this.listeners.messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("deploy please");
		assertThat(this.listeners.slowStarted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(this.listeners.release.getCount()).as("the slow listener is still running").isOne();
	}

	@Test
	void httpRetryIsDeliveredOnceAndCounted() throws InterruptedException {
		String json = message("Ev2", "U1", "once");
		assertThat(send(json, SECRET, 0)).isEqualTo(200);
		assertThat(send(json, SECRET, 1)).isEqualTo(200);
		assertThat(this.listeners.events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isNotNull();
		assertThat(this.listeners.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
		MeterRegistry registry = this.context.getBean(MeterRegistry.class);
		assertThat(registry.get(SlackDispatcherMeterBinder.EVENTS_DUPLICATES).functionCounter().count()).isEqualTo(1);
		assertThat(registry.get(SlackEventsApiMeterBinder.RETRIES).functionCounter().count()).isEqualTo(1);
		assertThat(registry.get(SlackEventsApiMeterBinder.ACCEPTED).functionCounter().count()).isEqualTo(2);
	}

	@Test
	void badSignatureIsRefusedAndCounted() throws InterruptedException {
		assertThat(send(message("Ev3", "U1", "forged"), "not-the-secret", 0)).isEqualTo(401);
		assertThat(this.listeners.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
		MeterRegistry registry = this.context.getBean(MeterRegistry.class);
		assertThat(registry.get(SlackEventsApiMeterBinder.SIGNATURE_FAILURES)
			.tag("reason", "signature_mismatch")
			.functionCounter()
			.count()).isEqualTo(1);
	}

	@Test
	void appsOwnMessagesAreIgnoredByDefault() throws InterruptedException {
		assertThat(send(message("Ev4", "U0BOT", "my own reply"), SECRET, 0)).isEqualTo(200);
		assertThat(send(message("Ev5", "U1", "from a person"), SECRET, 0)).isEqualTo(200);
		assertThat(this.listeners.messages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("from a person");
		assertThat(this.listeners.messages.poll(300, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void slashCommandReachesListener() throws InterruptedException {
		String form = "team_id=T1&channel_id=C1&user_id=U1&command=%2Fdeploy&text=api+to+prod"
				+ "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1";
		long timestamp = System.currentTimeMillis() / 1000;
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		int status = this.client.post()
			.uri("/slack/events")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SlackRequestVerifier.SIGNATURE_HEADER, new SlackRequestVerifier(SECRET).sign(timestamp, body))
			.bodyValue(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
		assertThat(status).isEqualTo(200);
		assertThat(this.listeners.commands.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("api to prod");
	}

	private int send(String json, String secret, int retry) {
		long timestamp = System.currentTimeMillis() / 1000;
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return this.client.post()
			.uri("/slack/events")
			.contentType(MediaType.APPLICATION_JSON)
			.header(SlackRequestVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SlackRequestVerifier.SIGNATURE_HEADER, new SlackRequestVerifier(secret).sign(timestamp, body))
			.headers((headers) -> {
				if (retry > 0) {
					headers.set("X-Slack-Retry-Num", Integer.toString(retry));
					headers.set("X-Slack-Retry-Reason", "http_timeout");
				}
			})
			.bodyValue(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static String message(String eventId, String user, String text) {
		return "{\"token\":\"XXYYZZ\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":{\"type\":\"message\","
				+ "\"channel\":\"C1\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"1700000000.000100\","
				+ "\"channel_type\":\"channel\"},\"type\":\"event_callback\",\"event_id\":\"" + eventId
				+ "\",\"event_time\":1700000000}";
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ LifecycleAutoConfiguration.class, JacksonAutoConfiguration.class,
			WebClientAutoConfiguration.class, NettyReactiveWebServerAutoConfiguration.class,
			HttpHandlerAutoConfiguration.class, WebFluxAutoConfiguration.class, MetricsAutoConfiguration.class,
			CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
			SlackWebClientAutoConfiguration.class, SlackListenerAutoConfiguration.class,
			SlackEventsApiAutoConfiguration.class,
			dev.slackboot.autoconfigure.metrics.SlackMetricsAutoConfiguration.class })
	static class EventsApiApplication {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	static class Listeners {

		final BlockingQueue<SlackEvent> events = new LinkedBlockingQueue<>();

		final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		final BlockingQueue<String> commands = new LinkedBlockingQueue<>();

		final CountDownLatch slowStarted = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@SlackEventListener("message")
		void event(SlackEvent event) {
			this.events.add(event);
		}

		@SlackEventListener("message")
		void message(MessageEvent message) {
			this.messages.add(message.text());
		}

		@SlackEventListener(value = "message", pattern = "deploy")
		void slow() throws InterruptedException {
			this.slowStarted.countDown();
			this.release.await(20, TimeUnit.SECONDS);
		}

		@SlackEventListener(value = "slash_commands", subtype = "/deploy")
		void command(JsonNode command) {
			this.commands.add(command.path("text").asString());
		}

	}

}
