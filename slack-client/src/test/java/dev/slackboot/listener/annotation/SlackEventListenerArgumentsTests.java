package dev.slackboot.listener.annotation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.AppMentionEvent;
import dev.slackboot.model.MemberJoinedChannelEvent;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.ReactionAddedEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of listener parameter is resolved from a real event, in a real application context.
 */
class SlackEventListenerArgumentsTests {

	private final SlackWebClient webClient = SlackWebClient.builder()
		.baseUrl("http://localhost:9/api/")
		.token("xoxb-test")
		.build();

	private AnnotationConfigApplicationContext context;

	private SlackEventDispatcher dispatcher;

	private Listeners listeners;

	@BeforeEach
	void start() {
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean("slackWebClient", SlackWebClient.class, () -> this.webClient);
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
	void resolvesEveryParameterKindOfOneMethod() throws Exception {
		SlackEvent event = TestEvents.event("message", "Ev1", (json) -> json.put("channel", "C1")
			.put("user", "U1")
			.put("text", "deploy api to prod")
			.put("ts", "1700000000.000100")
			.put("channel_type", "channel")
			.put("client_msg_id", "m-1"));
		this.dispatcher.handle(event).block();

		Arguments arguments = this.listeners.arguments.poll(10, TimeUnit.SECONDS);
		assertThat(arguments).isNotNull();
		assertThat(arguments.typed().text()).isEqualTo("deploy api to prod");
		assertThat(arguments.typed().channelType()).isEqualTo("channel");
		assertThat(arguments.typed().clientMsgId()).isEqualTo("m-1");
		assertThat(arguments.own()).isEqualTo(new OwnMessage("deploy api to prod", "U1", "channel"));
		assertThat(arguments.json()).isSameAs(event.event());
		assertThat(arguments.map()).containsEntry("channel", "C1").containsEntry("user", "U1");
		assertThat(TestEvents.MAPPER.readTree(arguments.raw())).isEqualTo(event.event());
		assertThat(arguments.event()).isSameAs(event);
		assertThat(arguments.context().channel()).isEqualTo("C1");
		assertThat(arguments.context().team()).isNull();
		assertThat(arguments.context().transport()).isEqualTo(SlackTransport.SOCKET_MODE);
		assertThat(arguments.context().listenerId()).isEqualTo("listeners.everything");
		assertThat(arguments.webClient()).isSameAs(this.webClient);
		assertThat(arguments.rtm()).isSameAs(this.context.getBean(FakeRtmClient.class));
		assertThat(arguments.app()).isEqualTo("api");
		assertThat(arguments.env()).isEqualTo("prod");
	}

	@Test
	void resolvesTypedEventModels() throws Exception {
		this.dispatcher.handle(TestEvents.event("reaction_added", (json) -> {
			json.put("user", "U2").put("reaction", "thumbsup").put("item_user", "U1").put("event_ts", "1.2");
			json.putObject("item").put("type", "message").put("channel", "C1").put("ts", "1.1");
		})).block();
		this.dispatcher.handle(TestEvents.event("app_mention", (json) -> json.put("user", "U3")
			.put("text", "<@UBOT> hi")
			.put("channel", "C2")
			.put("ts", "2.1")
			.put("thread_ts", "2.0"))).block();
		this.dispatcher.handle(TestEvents.event("member_joined_channel",
				(json) -> json.put("user", "U4").put("channel", "C3").put("channel_type", "C").put("inviter", "U1")))
			.block();

		Map<Class<?>, Object> models = new HashMap<>();
		for (int i = 0; i < 3; i++) {
			Object model = this.listeners.models.poll(10, TimeUnit.SECONDS);
			assertThat(model).isNotNull();
			models.put(model.getClass(), model);
		}
		ReactionAddedEvent reaction = (ReactionAddedEvent) models.get(ReactionAddedEvent.class);
		AppMentionEvent mention = (AppMentionEvent) models.get(AppMentionEvent.class);
		MemberJoinedChannelEvent joined = (MemberJoinedChannelEvent) models.get(MemberJoinedChannelEvent.class);
		assertThat(reaction.reaction()).isEqualTo("thumbsup");
		assertThat(reaction.item().channel()).isEqualTo("C1");
		assertThat(reaction.item().ts()).isEqualTo("1.1");
		assertThat(reaction.itemUser()).isEqualTo("U1");
		assertThat(mention.text()).isEqualTo("<@UBOT> hi");
		assertThat(mention.threadTs()).isEqualTo("2.0");
		assertThat(joined.inviter()).isEqualTo("U1");
		assertThat(joined.channelType()).isEqualTo("C");
	}

	record Arguments(MessageEvent typed, OwnMessage own, JsonNode json, Map<String, Object> map, String raw,
			SlackEvent event, SlackEventContext context, SlackWebClient webClient, FakeRtmClient rtm, String app,
			String env) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record OwnMessage(String text, String user, String channelType) {
	}

	/**
	 * Stands for a client the library does not know at compile time, such as the RTM client.
	 */
	static class FakeRtmClient {

	}

	static class Listeners {

		final BlockingQueue<Arguments> arguments = new LinkedBlockingQueue<>();

		final BlockingQueue<Object> models = new LinkedBlockingQueue<>();

		@SlackEventListener(value = "message", pattern = "^deploy (?<app>\\w+) to (?<env>\\w+)$")
		void everything(MessageEvent typed, OwnMessage own, JsonNode json, Map<String, Object> map, String raw,
				SlackEvent event, SlackEventContext context, SlackWebClient webClient, FakeRtmClient rtm,
				@SlackPatternGroup("app") String app, @SlackPatternGroup String env) {
			this.arguments.add(new Arguments(typed, own, json, map, raw, event, context, webClient, rtm, app, env));
		}

		@SlackEventListener("reaction_added")
		void reaction(ReactionAddedEvent event) {
			this.models.add(event);
		}

		@SlackEventListener("app_mention")
		void mention(AppMentionEvent event) {
			this.models.add(event);
		}

		@SlackEventListener("member_joined_channel")
		void joined(MemberJoinedChannelEvent event) {
			this.models.add(event);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

		@Bean
		FakeRtmClient fakeRtmClient() {
			return new FakeRtmClient();
		}

	}

}
