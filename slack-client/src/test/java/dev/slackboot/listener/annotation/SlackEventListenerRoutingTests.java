package dev.slackboot.listener.annotation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.SlackEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events reach exactly the listeners whose type, subtype, channel, pattern and condition they match, and the
 * app's own events only the listeners that do not ignore them.
 */
class SlackEventListenerRoutingTests {

	private AnnotationConfigApplicationContext context;

	private SlackEventDispatcher dispatcher;

	private Listeners listeners;

	@BeforeEach
	void start() {
		this.context = new AnnotationConfigApplicationContext();
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("bot.channel", "C9", "bot.type", "team_join")));
		this.context.register(Config.class);
		this.context.refresh();
		this.dispatcher = this.context.getBean(SlackEventDispatcher.class);
		this.listeners = this.context.getBean(Listeners.class);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void conditionSelectsByTheEventAsVariableOrAsRoot() {
		send(TestEvents.message("C1", "U1", "one"));
		send(TestEvents.message("C1", "U2", "two"));
		send(TestEvents.message("C2", "U2", "three"));
		assertThat(texts(this.listeners.fromU1)).containsExactly("one");
		assertThat(texts(this.listeners.fromU2InC1)).containsExactly("two");
	}

	@Test
	void conditionMayTestTheEventJson() {
		send(TestEvents.event("message", (json) -> json.put("channel", "C1")
			.put("user", "U1")
			.put("text", "in a thread")
			.put("thread_ts", "1.1")));
		send(TestEvents.message("C1", "U1", "top level"));
		assertThat(texts(this.listeners.topLevel)).containsExactly("top level");
	}

	@Test
	void subtypeSelectsOnlyThatSubtype() {
		send(TestEvents.message("C1", "U1", "plain"));
		send(TestEvents.event("message", (json) -> json.put("subtype", "bot_message")
			.put("channel", "C1")
			.put("bot_id", "B7")
			.put("text", "from a bot")));
		assertThat(texts(this.listeners.botMessages)).containsExactly("from a bot");
	}

	@Test
	void channelAndTypeMayComeFromPlaceholders() {
		send(TestEvents.message("C1", "U1", "elsewhere"));
		send(TestEvents.message("C9", "U1", "here"));
		send(TestEvents.event("team_join", (json) -> json.putObject("user").put("id", "U5")));
		assertThat(texts(this.listeners.inC9)).containsExactly("here");
		assertThat(this.listeners.teamJoins).hasSize(1);
	}

	@Test
	void patternMustBeFoundInTheText() {
		send(TestEvents.message("C1", "U1", "say hello there"));
		send(TestEvents.message("C1", "U1", "goodbye"));
		send(TestEvents.event("reaction_added", (json) -> json.put("user", "U1").put("reaction", "hello")));
		assertThat(texts(this.listeners.hellos)).containsExactly("say hello there");
	}

	@Test
	void wildcardReceivesEveryEvent() {
		send(TestEvents.message("C1", "U1", "a"));
		send(TestEvents.event("reaction_added", (json) -> json.put("user", "U1").put("reaction", "tada")));
		send(TestEvents.event("channel_created", (json) -> json.putObject("channel").put("id", "C3")));
		assertThat(this.listeners.everything).extracting(SlackEvent::type)
			.containsExactlyInAnyOrder("message", "reaction_added", "channel_created");
	}

	@Test
	void ownEventsReachOnlyListenersThatDoNotIgnoreThem() {
		this.dispatcher.setSelfIdentity(new SlackSelfIdentity("UBOT", "BBOT"));
		send(TestEvents.message("C1", "UBOT", "by the bot user"));
		send(TestEvents.event("message", (json) -> json.put("subtype", "bot_message")
			.put("channel", "C1")
			.put("bot_id", "BBOT")
			.put("text", "by the bot")));
		send(TestEvents.message("C1", "U1", "by a human"));
		assertThat(texts(this.listeners.messages)).containsExactly("by a human");
		assertThat(texts(this.listeners.messagesIncludingOwn)).containsExactly("by the bot user", "by the bot",
				"by a human");
	}

	private void send(SlackEvent event) {
		this.dispatcher.handle(event).block();
		TestEvents.awaitIdle(this.dispatcher);
	}

	private static List<String> texts(List<SlackEvent> events) {
		return events.stream().map((event) -> event.event().path("text").asString()).toList();
	}

	static class Listeners {

		final List<SlackEvent> fromU1 = new CopyOnWriteArrayList<>();

		final List<SlackEvent> fromU2InC1 = new CopyOnWriteArrayList<>();

		final List<SlackEvent> topLevel = new CopyOnWriteArrayList<>();

		final List<SlackEvent> botMessages = new CopyOnWriteArrayList<>();

		final List<SlackEvent> inC9 = new CopyOnWriteArrayList<>();

		final List<SlackEvent> teamJoins = new CopyOnWriteArrayList<>();

		final List<SlackEvent> hellos = new CopyOnWriteArrayList<>();

		final List<SlackEvent> everything = new CopyOnWriteArrayList<>();

		final List<SlackEvent> messages = new CopyOnWriteArrayList<>();

		final List<SlackEvent> messagesIncludingOwn = new CopyOnWriteArrayList<>();

		@SlackEventListener(value = "message", condition = "#event.user == 'U1'")
		void fromU1(SlackEvent event) {
			this.fromU1.add(event);
		}

		@SlackEventListener(value = "message", condition = "user == 'U2' and channel == 'C1'")
		void fromU2InC1(SlackEvent event) {
			this.fromU2InC1.add(event);
		}

		@SlackEventListener(value = "message", condition = "event.path('thread_ts').isMissingNode()")
		void topLevel(SlackEvent event) {
			this.topLevel.add(event);
		}

		@SlackEventListener(value = "message", subtype = "bot_message", ignoreSelf = false)
		void botMessages(SlackEvent event) {
			this.botMessages.add(event);
		}

		@SlackEventListener(value = "message", channel = "${bot.channel}")
		@SlackEventListener("${bot.type}")
		void inC9(SlackEvent event) {
			(event.type().equals("message") ? this.inC9 : this.teamJoins).add(event);
		}

		@SlackEventListener(value = "message", pattern = "\\bhello\\b")
		void hellos(SlackEvent event) {
			this.hellos.add(event);
		}

		@SlackEventListener("*")
		void everything(SlackEvent event) {
			this.everything.add(event);
		}

		@SlackEventListener("message")
		void messages(SlackEvent event) {
			this.messages.add(event);
		}

		@SlackEventListener(value = "message", ignoreSelf = false)
		void messagesIncludingOwn(SlackEvent event) {
			this.messagesIncludingOwn.add(event);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

}
