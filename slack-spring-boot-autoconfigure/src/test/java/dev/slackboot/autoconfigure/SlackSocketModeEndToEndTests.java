package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SocketModeTestServer;
import dev.slackboot.socket.SocketModeTestServer.ApiCall;
import dev.slackboot.socket.SocketModeTestServer.Socket;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.slackboot.autoconfigure.RtmTestApplication.TIMEOUT;
import static dev.slackboot.autoconfigure.RtmTestApplication.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a Spring Boot application with Socket Mode enabled, against a real WebSocket server
 * ({@link SocketModeTestServer}): annotated listeners receive the envelopes' events, their replies are posted,
 * the bot's own messages are ignored from the first event on, and the application's shutdown closes the socket.
 */
class SlackSocketModeEndToEndTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SocketModeTestServer server;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startServer() {
		this.server = SocketModeTestServer.start();
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Test
	void listenersReceiveTheEventsAndTheirRepliesArePosted() throws Exception {
		this.context = run(GreeterConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		String envelopeId = this.server.sendMessage("Ev1", "C1", "U1", "hello bot");
		ApiCall reply = this.server.calls("chat.postMessage").poll(5, TimeUnit.SECONDS);
		assertThat(reply).as("a reply was posted").isNotNull();
		assertThat(reply.authorization()).isEqualTo("Bearer " + SocketModeTestServer.TOKEN);
		JsonNode body = MAPPER.readTree(reply.body());
		assertThat(body.path("channel").asString()).isEqualTo("C1");
		assertThat(body.path("text").asString()).isEqualTo("Hi <@U1>!");
		assertThat(this.server.awaitAck(TIMEOUT).envelopeId()).isEqualTo(envelopeId);
		SlackEvent event = this.context.getBean(Greeter.class).events.poll(5, TimeUnit.SECONDS);
		assertThat(event.transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(event.envelopeId()).isEqualTo(envelopeId);
		assertThat(socket.isOpen()).isTrue();
	}

	@Test
	void theBotsOwnMessagesAreIgnoredFromTheFirstEventOn() throws Exception {
		this.context = run(GreeterConfiguration.class);
		this.server.awaitSocket(TIMEOUT);
		this.server.sendMessage("Ev1", "C1", SocketModeTestServer.BOT_USER_ID, "hello from the bot itself");
		this.server.sendMessage("Ev2", "C1", "U2", "hello from a user");
		JsonNode body = MAPPER.readTree(this.server.calls("chat.postMessage").poll(5, TimeUnit.SECONDS).body());
		assertThat(body.path("text").asString()).isEqualTo("Hi <@U2>!");
		assertThat(this.server.calls("chat.postMessage").poll(200, TimeUnit.MILLISECONDS)).isNull();
		await("both acknowledged", () -> this.server.unacknowledged() == 0);
	}

	@Test
	void shutdownClosesTheSocketWithNormalClosure() {
		this.context = run(GreeterConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		SlackSocketModeClient client = this.context.getBean(SlackSocketModeClient.class);
		await("connected", () -> client.getStatus().isConnected());
		this.context.close();
		this.context = null;
		assertThat(socket.awaitClose(TIMEOUT)).isEqualTo(WebSocketCloseStatus.NORMAL_CLOSURE);
		assertThat(client.isRunning()).isFalse();
		assertThat(this.server.pollSocket(Duration.ofMillis(300))).isNull();
	}

	private ConfigurableApplicationContext run(Class<?> configuration) {
		return new SpringApplicationBuilder(SocketModeTestApplication.class, configuration)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.run("--slack.token=" + SocketModeTestServer.TOKEN, "--slack.app-token=" + SocketModeTestServer.APP_TOKEN,
					"--slack.web.base-url=" + this.server.apiUrl(), "--slack.socket-mode.enabled=true",
					"--slack.socket-mode.reconnect.initial-backoff=10ms",
					"--slack.socket-mode.reconnect.max-backoff=50ms");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ LifecycleAutoConfiguration.class, JacksonAutoConfiguration.class,
			WebClientAutoConfiguration.class, SlackWebClientAutoConfiguration.class,
			SlackListenerAutoConfiguration.class, SlackSocketModeAutoConfiguration.class })
	static class SocketModeTestApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class GreeterConfiguration {

		@Bean
		Greeter greeter() {
			return new Greeter();
		}

	}

	static class Greeter {

		final BlockingQueue<SlackEvent> events = new LinkedBlockingQueue<>();

		@SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
		String hello(MessageEvent message, SlackEvent event) {
			this.events.add(event);
			return "Hi <@" + message.user() + ">!";
		}

	}

}
