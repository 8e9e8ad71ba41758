package dev.slackboot.listener.annotation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.slackboot.listener.SlackDispatcherMetrics.Outcome;
import dev.slackboot.listener.SlackEventContext;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.chat.ChatPostMessageRequest;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What listeners return is posted back to Slack's Web API (a real HTTP server), asynchronous results once they
 * complete.
 */
class SlackEventListenerReplyTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private AnnotationConfigApplicationContext context;

	private SlackEventDispatcher dispatcher;

	@BeforeEach
	void start() {
		wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000001.000200\"}")));
		SlackWebClient webClient = SlackWebClient.builder()
			.baseUrl(wireMock.baseUrl() + "/api/")
			.token("xoxb-test")
			.build();
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean("slackWebClient", SlackWebClient.class, () -> webClient);
		this.context.register(Config.class);
		this.context.refresh();
		this.dispatcher = this.context.getBean(SlackEventDispatcher.class);
	}

	@AfterEach
	void close() {
		try {
			assertThat(this.dispatcher.getMetrics().getInvocations().keySet())
				.noneMatch((key) -> key.outcome() == Outcome.ERROR);
		}
		finally {
			this.context.close();
		}
	}

	@Test
	void returnedTextIsPostedToTheChannel() {
		send(TestEvents.message("C1", "U1", "hello"));
		JsonNode posted = onlyPost();
		assertThat(posted.path("channel").asString()).isEqualTo("C1");
		assertThat(posted.path("text").asString()).isEqualTo("Hi <@U1>!");
		assertThat(posted.has("thread_ts")).isFalse();
		wireMock.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage")).withHeader("Authorization",
				equalTo("Bearer xoxb-test")));
	}

	@Test
	void returnedTextAnswersInTheThreadOfAThreadedMessage() {
		send(TestEvents.event("message", (json) -> json.put("channel", "C1")
			.put("user", "U1")
			.put("text", "hello")
			.put("ts", "1700000000.000300")
			.put("thread_ts", "1700000000.000100")));
		JsonNode posted = onlyPost();
		assertThat(posted.path("thread_ts").asString()).isEqualTo("1700000000.000100");
	}

	@Test
	void returnedMonoIsAwaitedThenPosted() {
		send(TestEvents.message("C2", "U1", "later"));
		JsonNode posted = onlyPost();
		assertThat(posted.path("channel").asString()).isEqualTo("C2");
		assertThat(posted.path("text").asString()).isEqualTo("done later");
	}

	@Test
	void returnedCompletionStageIsAwaitedThenPosted() {
		send(TestEvents.message("C2", "U1", "future"));
		assertThat(onlyPost().path("text").asString()).isEqualTo("done in the future");
	}

	@Test
	void returnedMessageIsPostedWithChannelFilledIn() {
		send(TestEvents.message("C3", "U1", "blocks"));
		JsonNode posted = onlyPost();
		assertThat(posted.path("channel").asString()).isEqualTo("C3");
		assertThat(posted.path("text").asString()).isEqualTo("fallback");
		assertThat(posted.path("blocks").get(0).path("type").asString()).isEqualTo("divider");
	}

	@Test
	void monoOfAWebApiCallIsAwaited() {
		send(TestEvents.event("reaction_added", (json) -> {
			json.put("user", "U1").put("reaction", "tada");
			json.putObject("item").put("type", "message").put("channel", "C4").put("ts", "1.1");
		}));
		JsonNode posted = onlyPost();
		assertThat(posted.path("channel").asString()).isEqualTo("C4");
		assertThat(posted.path("text").asString()).isEqualTo("thanks");
	}

	@Test
	void contextSaysToTheChannelAndRepliesInAThread() {
		send(TestEvents.message("C5", "U1", "context"));
		List<JsonNode> posts = posts();
		assertThat(posts).hasSize(2);
		assertThat(posts).anySatisfy((posted) -> {
			assertThat(posted.path("text").asString()).isEqualTo("said");
			assertThat(posted.has("thread_ts")).isFalse();
		});
		assertThat(posts).anySatisfy((posted) -> {
			assertThat(posted.path("text").asString()).isEqualTo("threaded");
			assertThat(posted.path("thread_ts").asString()).isEqualTo("1700000000.000100");
		});
	}

	@Test
	void botIdentifiedByAuthTestDoesNotAnswerItself() {
		wireMock.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team_id\":\"T1\"}")));
		SlackSelfIdentity self = SlackSelfIdentity.fetch(this.context.getBean(SlackWebClient.class)).block();
		assertThat(self).isEqualTo(new SlackSelfIdentity("UBOT", "BBOT"));
		this.dispatcher.setSelfIdentity(self);
		send(TestEvents.message("C1", "UBOT", "hello"));
		send(TestEvents.event("message", (json) -> json.put("subtype", "bot_message")
			.put("channel", "C1")
			.put("bot_id", "BBOT")
			.put("text", "hello")));
		assertThat(posts()).isEmpty();
		send(TestEvents.message("C1", "U1", "hello"));
		assertThat(onlyPost().path("text").asString()).isEqualTo("Hi <@U1>!");
	}

	private void send(SlackEvent event) {
		this.dispatcher.handle(event).block();
		TestEvents.awaitIdle(this.dispatcher);
	}

	private static JsonNode onlyPost() {
		List<JsonNode> posts = posts();
		assertThat(posts).hasSize(1);
		return posts.get(0);
	}

	private static List<JsonNode> posts() {
		return wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(TestEvents.MAPPER::readTree)
			.toList();
	}

	static class Listeners {

		@SlackEventListener(value = "message", pattern = "^hello$")
		String hello(MessageEvent event) {
			return "Hi <@" + event.user() + ">!";
		}

		@SlackEventListener(value = "message", pattern = "^later$")
		Mono<String> later() {
			return Mono.delay(Duration.ofMillis(50)).map((tick) -> "done later");
		}

		@SlackEventListener(value = "message", pattern = "^future$")
		CompletionStage<String> future() {
			return CompletableFuture.supplyAsync(() -> "done in the future");
		}

		@SlackEventListener(value = "message", pattern = "^blocks$")
		ChatPostMessageRequest blocks() {
			return new ChatPostMessageRequest().text("fallback").blocks(List.of(Map.of("type", "divider")));
		}

		@SlackEventListener("reaction_added")
		Mono<Void> react(JsonNode event, SlackWebClient slack) {
			return slack.chat()
				.postMessage((m) -> m.channel(event.path("item").path("channel").asString()).text("thanks"))
				.then();
		}

		@SlackEventListener(value = "message", pattern = "^context$")
		Mono<ChatPostMessageResponse> context(SlackEventContext context) {
			return context.say("said").then(context.replyInThread("threaded"));
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
