package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.listener.annotation.SlackPatternGroup;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.ReactionAddedEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.RtmTestServer.ApiCall;
import dev.slackboot.rtm.RtmTestServer.Socket;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.slackboot.autoconfigure.RtmTestApplication.TIMEOUT;
import static dev.slackboot.autoconfigure.RtmTestApplication.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a Spring Boot application with {@code @SlackEventListener} beans receives events over a real RTM
 * WebSocket ({@link RtmTestServer}) and answers through the Web API of the same server.
 */
class SlackRtmListenerEndToEndTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RtmTestServer server;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startServer() {
		this.server = RtmTestServer.start();
		this.server.answerApi("chat.postMessage", "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000001.000001\"}");
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Test
	void everyParameterKindReachesTheListener() throws Exception {
		this.context = RtmTestApplication.run(this.server, ArgumentsConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.push("{\"type\":\"message\",\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"deploy api to prod\","
				+ "\"ts\":\"1700000000.000100\",\"channel_type\":\"channel\",\"team\":\"T0TEAM\"}");
		socket.push("{\"type\":\"reaction_added\",\"user\":\"U2\",\"reaction\":\"tada\",\"item_user\":\"U1\","
				+ "\"item\":{\"type\":\"message\",\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}}");
		ArgumentsListener listener = this.context.getBean(ArgumentsListener.class);
		Arguments arguments = listener.arguments.poll(5, TimeUnit.SECONDS);
		assertThat(arguments).as("the listener was invoked").isNotNull();
		assertThat(arguments.typed().text()).isEqualTo("deploy api to prod");
		assertThat(arguments.typed().channelType()).isEqualTo("channel");
		assertThat(arguments.own()).isEqualTo(new Deploy("deploy api to prod", "U1", "channel"));
		assertThat(arguments.json().path("channel").asString()).isEqualTo("C1");
		assertThat(arguments.map()).containsEntry("user", "U1").containsEntry("ts", "1700000000.000100");
		assertThat(MAPPER.readTree(arguments.raw())).isEqualTo(arguments.json());
		assertThat(arguments.event().transport()).isEqualTo(SlackTransport.RTM);
		assertThat(arguments.event().team()).isEqualTo(RtmTestServer.TEAM_ID);
		assertThat(arguments.context().channel()).isEqualTo("C1");
		assertThat(arguments.context().user()).isEqualTo("U1");
		assertThat(arguments.context().transport()).isEqualTo(SlackTransport.RTM);
		assertThat(arguments.context().listenerId()).isEqualTo("argumentsListener.everything");
		assertThat(arguments.webClient()).isSameAs(this.context.getBean(SlackWebClient.class));
		assertThat(arguments.rtm()).isSameAs(this.context.getBean(SlackRtmClient.class));
		assertThat(arguments.app()).isEqualTo("api");
		assertThat(arguments.env()).isEqualTo("prod");
		ReactionAddedEvent reaction = listener.reactions.poll(5, TimeUnit.SECONDS);
		assertThat(reaction).isNotNull();
		assertThat(reaction.reaction()).isEqualTo("tada");
		assertThat(reaction.item().channel()).isEqualTo("C1");
	}

	@Test
	void returnedTextIsPostedWithChatPostMessageInTheEventsThread() throws Exception {
		this.context = RtmTestApplication.run(this.server, ReplyConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.pushMessage("C1", "U1", "hello there");
		ApiCall reply = this.server.calls("chat.postMessage").poll(5, TimeUnit.SECONDS);
		assertThat(reply).as("a reply was posted").isNotNull();
		assertThat(reply.authorization()).isEqualTo("Bearer " + RtmTestServer.TOKEN);
		JsonNode body = MAPPER.readTree(reply.body());
		assertThat(body.path("channel").asString()).isEqualTo("C1");
		assertThat(body.path("text").asString()).isEqualTo("Hi <@U1>!");
		assertThat(body.has("thread_ts")).as("not in a thread").isFalse();
		socket.push("{\"type\":\"message\",\"channel\":\"C1\",\"user\":\"U2\",\"text\":\"hello\","
				+ "\"ts\":\"1700000000.000300\",\"thread_ts\":\"1700000000.000200\"}");
		JsonNode threaded = MAPPER.readTree(this.server.calls("chat.postMessage").poll(5, TimeUnit.SECONDS).body());
		assertThat(threaded.path("text").asString()).isEqualTo("Hi <@U2>!");
		assertThat(threaded.path("thread_ts").asString()).as("follows the thread").isEqualTo("1700000000.000200");
	}

	@Test
	void theBotsOwnMessagesAreIgnored() throws Exception {
		this.context = RtmTestApplication.run(this.server, SelfConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.pushMessage("C1", RtmTestServer.BOT_USER_ID, "from the bot user");
		socket.push("{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"C1\",\"bot_id\":\""
				+ RtmTestServer.BOT_ID + "\",\"text\":\"from the bot\",\"ts\":\"1700000000.000900\"}");
		socket.pushMessage("C1", "U1", "from a user");
		SelfListener listener = this.context.getBean(SelfListener.class);
		assertThat(listener.others.poll(5, TimeUnit.SECONDS)).isEqualTo("from a user");
		await("all three reach the listener that sees its own", () -> listener.all.size() == 3);
		assertThat(listener.all).containsExactly("from the bot user", "from the bot", "from a user");
		assertThat(listener.others).isEmpty();
		assertThat(this.context.getBean(SlackEventDispatcher.class).getSelfIdentity().botId())
			.isEqualTo(RtmTestServer.BOT_ID);
	}

	@Test
	void eventsOfOneChannelKeepTheirOrderWhileChannelsRunInParallel() {
		int channels = 8;
		int perChannel = 250;
		this.context = RtmTestApplication.run(this.server, OrderConfiguration.class, "slack.listener.concurrency=4");
		Socket socket = this.server.awaitSocket(TIMEOUT);
		for (int i = 0; i < perChannel; i++) {
			for (int channel = 0; channel < channels; channel++) {
				socket.pushMessage("C" + channel, "U1", String.valueOf(i));
			}
		}
		OrderListener listener = this.context.getBean(OrderListener.class);
		await("every event delivered", () -> listener.total.get() == channels * perChannel);
		List<Integer> expected = IntStream.range(0, perChannel).boxed().toList();
		for (int channel = 0; channel < channels; channel++) {
			assertThat(listener.byChannel.get("C" + channel)).as("order in C" + channel).isEqualTo(expected);
		}
		assertThat(listener.maxInFlight.get()).as("channels in parallel, at most slack.listener.concurrency")
			.isBetween(2, 4);
	}

	@Test
	void aSlowListenerStopsTheReadingWithBoundedMemoryAndLosesNothing() {
		int events = 2000;
		String padding = "x".repeat(8 * 1024);
		this.context = RtmTestApplication.run(this.server, SlowConfiguration.class, "slack.listener.concurrency=1",
				"slack.listener.queue-capacity=10", "slack.rtm.ping-interval=200ms");
		SlackEventDispatcher dispatcher = this.context.getBean(SlackEventDispatcher.class);
		SlowListener listener = this.context.getBean(SlowListener.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		for (int i = 0; i < events; i++) {
			socket.pushMessage("C1", "U1", i + ":" + padding);
		}
		long received = awaitStall(dispatcher);
		long heap = usedHeap();
		System.out.printf("Backpressure: %d frames of %d KB pushed; while the listener was blocked the dispatcher "
				+ "had read %d, queued %d, held back %d; used heap %d MB%n", events, padding.length() / 1024, received,
				dispatcher.getQueueSize(), dispatcher.getWaitingCount(), heap / (1024 * 1024));
		assertThat(received).as("the client stopped reading the socket").isLessThan(events);
		assertThat(dispatcher.getQueueSize()).as("bounded by slack.listener.queue-capacity").isLessThanOrEqualTo(10);
		assertThat(dispatcher.getWaitingCount()).isLessThanOrEqualTo(1);
		assertThat(listener.seen).isEmpty();
		SlackRtmClient client = this.context.getBean(SlackRtmClient.class);
		assertThat(client.getStatus().reconnects()).as("a slow listener is not a dead connection").isZero();
		listener.release.countDown();
		await("every event delivered once released", () -> listener.seen.size() == events);
		assertThat(listener.seen).isEqualTo(IntStream.range(0, events).boxed().toList());
		assertThat(this.server.sockets()).hasSize(1);
		assertThat(client.getState()).isEqualTo(SlackRtmState.CONNECTED);
	}

	@Test
	void aFailingListenerDoesNotAffectTheOtherListenersNorTheConnection() throws Exception {
		this.context = RtmTestApplication.run(this.server, FailingConfiguration.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		socket.pushMessage("C1", "U1", "boom");
		socket.pushMessage("C1", "U1", "after");
		FailingListeners listeners = this.context.getBean(FailingListeners.class);
		assertThat(listeners.healthy.poll(5, TimeUnit.SECONDS)).isEqualTo("boom");
		assertThat(listeners.healthy.poll(5, TimeUnit.SECONDS)).isEqualTo("after");
		await("the failing listener saw both", () -> listeners.failingCalls.get() == 2);
		assertThat(listeners.errors).containsExactly("failingListeners.failing: boom failed");
		SlackRtmClient client = this.context.getBean(SlackRtmClient.class);
		assertThat(client.getState()).isEqualTo(SlackRtmState.CONNECTED);
		assertThat(client.getStatus().reconnects()).isZero();
		assertThat(socket.isOpen()).isTrue();
		assertThat(this.server.sockets()).hasSize(1);
	}

	private static long awaitStall(SlackEventDispatcher dispatcher) {
		long previous = -1;
		long received = received(dispatcher);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (received != previous && System.nanoTime() < deadline) {
			RtmTestApplication.sleep(500);
			previous = received;
			received = received(dispatcher);
		}
		return received;
	}

	private static long received(SlackEventDispatcher dispatcher) {
		return dispatcher.getMetrics().getReceivedCount("message", SlackTransport.RTM);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	record Arguments(MessageEvent typed, Deploy own, JsonNode json, Map<String, Object> map, String raw,
			SlackEvent event, SlackEventContext context, SlackWebClient webClient, SlackRtmClient rtm, String app,
			String env) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Deploy(String text, String user, String channelType) {
	}

	static class ArgumentsListener {

		final BlockingQueue<Arguments> arguments = new LinkedBlockingQueue<>();

		final BlockingQueue<ReactionAddedEvent> reactions = new LinkedBlockingQueue<>();

		@SlackEventListener(value = "message", pattern = "^deploy (?<app>\\w+) to (?<env>\\w+)$")
		void everything(MessageEvent typed, Deploy own, JsonNode json, Map<String, Object> map, String raw,
				SlackEvent event, SlackEventContext context, SlackWebClient webClient, SlackRtmClient rtm,
				@SlackPatternGroup("app") String app, @SlackPatternGroup String env) {
			this.arguments.add(new Arguments(typed, own, json, map, raw, event, context, webClient, rtm, app, env));
		}

		@SlackEventListener("reaction_added")
		void reaction(ReactionAddedEvent event) {
			this.reactions.add(event);
		}

	}

	static class SelfListener {

		final BlockingQueue<String> others = new LinkedBlockingQueue<>();

		final List<String> all = new CopyOnWriteArrayList<>();

		@SlackEventListener("message")
		void others(MessageEvent event) {
			this.others.add(event.text());
		}

		@SlackEventListener(value = "message", ignoreSelf = false)
		void all(MessageEvent event) {
			this.all.add(event.text());
		}

	}

	static class OrderListener {

		final Map<String, List<Integer>> byChannel = new ConcurrentHashMap<>();

		final AtomicInteger total = new AtomicInteger();

		final AtomicInteger maxInFlight = new AtomicInteger();

		private final AtomicInteger inFlight = new AtomicInteger();

		@SlackEventListener("message")
		void onMessage(MessageEvent event) throws InterruptedException {
			this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
			Thread.sleep(1);
			this.byChannel.computeIfAbsent(event.channel(), (channel) -> new CopyOnWriteArrayList<>())
				.add(Integer.valueOf(event.text()));
			this.inFlight.decrementAndGet();
			this.total.incrementAndGet();
		}

	}

	static class SlowListener {

		final CountDownLatch release = new CountDownLatch(1);

		final List<Integer> seen = new CopyOnWriteArrayList<>();

		@SlackEventListener("message")
		void onMessage(MessageEvent event) throws InterruptedException {
			this.release.await(30, TimeUnit.SECONDS);
			this.seen.add(Integer.valueOf(event.text().substring(0, event.text().indexOf(':'))));
		}

	}

	static class FailingListeners {

		final BlockingQueue<String> healthy = new LinkedBlockingQueue<>();

		final AtomicInteger failingCalls = new AtomicInteger();

		final List<String> errors = new CopyOnWriteArrayList<>();

		@SlackEventListener("message")
		void failing(MessageEvent event) {
			this.failingCalls.incrementAndGet();
			if ("boom".equals(event.text())) {
				throw new IllegalStateException("boom failed");
			}
		}

		@SlackEventListener("message")
		void healthy(MessageEvent event) {
			this.healthy.add(event.text());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ArgumentsConfiguration {

		@Bean
		ArgumentsListener argumentsListener() {
			return new ArgumentsListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReplyConfiguration {

		@Bean
		Greeter greeter() {
			return new Greeter();
		}

	}

	static class Greeter {

		@SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
		String hello(MessageEvent event) {
			return "Hi <@" + event.user() + ">!";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SelfConfiguration {

		@Bean
		SelfListener selfListener() {
			return new SelfListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderConfiguration {

		@Bean
		OrderListener orderListener() {
			return new OrderListener();
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
	static class FailingConfiguration {

		@Bean
		FailingListeners failingListeners() {
			return new FailingListeners();
		}

		@Bean
		SlackListenerErrorHandler recordingErrorHandler(FailingListeners listeners) {
			return (context, error) -> {
				listeners.errors.add(context.listenerId() + ": " + error.getMessage());
				return null;
			};
		}

	}

}
