package dev.slackboot.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.listener.annotation.SlackPatternGroup;
import dev.slackboot.model.Message;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.Reaction;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One listener class, unchanged, passes the same scenarios over RTM, Socket Mode and the Events API, each
 * against the emulator speaking that transport.
 */
class TransportParityTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private SlackEmulator emulator;

	private ConfigurableApplicationContext bot;

	@AfterEach
	void stop() {
		if (this.bot != null) {
			this.bot.close();
		}
		if (this.emulator != null) {
			this.emulator.stop();
		}
	}

	@ParameterizedTest
	@EnumSource(SlackTransport.class)
	void sameListenersOverEveryTransport(SlackTransport transport) {
		this.emulator = SlackEmulator.create().start();
		this.bot = startBot(transport);
		Listeners listeners = this.bot.getBean(Listeners.class);
		String alice = this.emulator.defaultUser().id();

		this.emulator.postAsUser("general", "hello bot");
		this.emulator.awaitMessage((message) -> ("Hi <@" + alice + ">!").equals(message.text()), TIMEOUT);

		this.emulator.postAsUser("general", "!echo over " + transport);
		this.emulator.awaitMessage((message) -> ("over " + transport).equals(message.text()), TIMEOUT);

		Message shipIt = this.emulator.postAsUser("general", "green, ship it");
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(reactionsOn(shipIt)).contains("rocket"));

		assertThat(listeners.transports).containsOnly(transport);
		assertThat(this.emulator.messages("general"))
			.filteredOn((message) -> ("Hi <@" + alice + ">!").equals(message.text()))
			.as("the bot answers once and never answers itself")
			.hasSize(1);
	}

	private ConfigurableApplicationContext startBot(SlackTransport transport) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(BotApplication.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("slackConnectionDetails", new SlackEmulatorConnectionDetails(this.emulator)))
			.properties(Map.of("spring.main.banner-mode", "off", "server.port", "0"));
		ConfigurableApplicationContext context = switch (transport) {
			case RTM -> builder.web(WebApplicationType.NONE).properties("slack.rtm.enabled=true").run();
			case SOCKET_MODE -> builder.web(WebApplicationType.NONE).properties("slack.socket-mode.enabled=true").run();
			case EVENTS_API -> builder.web(WebApplicationType.REACTIVE).run();
		};
		switch (transport) {
			case RTM -> await().atMost(TIMEOUT).until(() -> this.emulator.rtmConnections() > 0);
			case SOCKET_MODE -> await().atMost(TIMEOUT).until(() -> this.emulator.socketModeConnections() > 0);
			case EVENTS_API -> this.emulator
				.eventsRequestUrl("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
						+ "/slack/events");
		}
		return context;
	}

	private List<String> reactionsOn(Message posted) {
		return this.emulator.messages("general")
			.stream()
			.filter((message) -> posted.ts().equals(message.ts()) && message.reactions() != null)
			.flatMap((message) -> message.reactions().stream())
			.map(Reaction::name)
			.toList();
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class BotApplication {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	/**
	 * The hello-bot's listeners, recording the transport each event arrived on.
	 */
	static class Listeners {

		final List<SlackTransport> transports = new CopyOnWriteArrayList<>();

		@SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
		String hello(MessageEvent event, SlackEventContext context) {
			this.transports.add(context.transport());
			return "Hi <@" + event.user() + ">!";
		}

		@SlackEventListener(value = "message", pattern = "^!echo\\s+(?<text>.+)$")
		String echo(@SlackPatternGroup String text) {
			return text;
		}

		@SlackEventListener(value = "message", pattern = "(?i)\\bship it\\b")
		Mono<Void> shipIt(MessageEvent event, SlackWebClient slack) {
			return slack.reactions().add((r) -> r.channel(event.channel()).timestamp(event.ts()).name("rocket")).then();
		}

	}

}
