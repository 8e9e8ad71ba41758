package dev.slackboot.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import dev.slackboot.model.Conversation;
import dev.slackboot.model.Message;
import dev.slackboot.model.User;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code ...All} forms of the cursor-paginated methods against a real HTTP server that serves three pages,
 * chosen by the {@code cursor} query parameter: every item arrives in order, the loop ends at the last page,
 * a page is fetched only when its items are demanded, a failing page ends the items with the error, and the
 * blocking stream is just as lazy.
 */
class CursorPaginationTests {

	private static final String CONVERSATIONS_LIST = "conversations.list";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SlackWebClient slack() {
		return SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
	}

	@Test
	void listAllEmitsTheItemsOfAllPagesInOrderAndStopsAtAnEmptyNextCursor() {
		stubConversationPages();

		List<String> ids = slack().conversations()
			.listAll((r) -> r.types("public_channel,private_channel").limit(2))
			.map(Conversation::id)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(ids).containsExactly("C1", "C2", "C3", "C4", "C5");
		assertCalls(CONVERSATIONS_LIST, 3);
		for (StringValuePattern cursor : List.of(absent(), equalTo("page2"), equalTo("page3"))) {
			wireMock.verify(1, getRequestedFor(urlPathEqualTo("/api/" + CONVERSATIONS_LIST))
				.withHeader("Authorization", equalTo("Bearer xoxb-test"))
				.withQueryParam("cursor", cursor)
				.withQueryParam("types", equalTo("public_channel,private_channel"))
				.withQueryParam("limit", equalTo("2")));
		}
	}

	@Test
	void usersListAllStopsAtALastPageWithoutResponseMetadata() {
		stubPage("users.list", null, """
				{"ok": true, "members": [{"id": "U1"}, {"id": "U2"}], "response_metadata": {"next_cursor": "page2"}}
				""");
		stubPage("users.list", "page2", """
				{"ok": true, "members": [{"id": "U3"}, {"id": "U4"}], "response_metadata": {"next_cursor": "page3"}}
				""");
		stubPage("users.list", "page3", """
				{"ok": true, "members": [{"id": "U5"}]}
				""");

		StepVerifier.create(slack().users().listAll().map(User::id))
			.expectNext("U1", "U2", "U3", "U4", "U5")
			.verifyComplete();

		assertCalls("users.list", 3);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conversationItems")
	void conversationItemsFollowTheirCursorsWithTheSameArgumentsOnEveryPage(String method, String field,
			String itemFormat, Function<SlackWebClient, Flux<String>> allItems) {
		Function<String, String> item = (value) -> itemFormat.formatted(value);
		stubPage(method, null, page(field, item.apply("I1") + ", " + item.apply("I2"), "page2"));
		stubPage(method, "page2", page(field, item.apply("I3") + ", " + item.apply("I4"), "page3"));
		stubPage(method, "page3", page(field, item.apply("I5"), ""));

		StepVerifier.create(allItems.apply(slack())).expectNext("I1", "I2", "I3", "I4", "I5").verifyComplete();

		assertCalls(method, 3);
		wireMock.verify(3, getRequestedFor(urlPathEqualTo("/api/" + method))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("limit", equalTo("2")));
	}

	static Stream<Arguments> conversationItems() {
		Function<SlackWebClient, Flux<String>> history = (slack) -> slack.conversations()
			.historyAll((r) -> r.channel("C1").limit(2))
			.map(Message::ts);
		Function<SlackWebClient, Flux<String>> replies = (slack) -> slack.conversations()
			.repliesAll((r) -> r.channel("C1").ts("1.0").limit(2))
			.map(Message::ts);
		Function<SlackWebClient, Flux<String>> members = (slack) -> slack.conversations()
			.membersAll((r) -> r.channel("C1").limit(2));
		String message = "{\"type\": \"message\", \"ts\": \"%s\"}";
		return Stream.of(Arguments.of("conversations.history", "messages", message, history),
				Arguments.of("conversations.replies", "messages", message, replies),
				Arguments.of("conversations.members", "members", "\"%s\"", members));
	}

	@Test
	void fetchesAPageOnlyWhenTheSubscriberDemandsItsItems() {
		stubConversationPages();
		Duration settle = Duration.ofMillis(300);

		StepVerifier.create(slack().conversations().listAll((r) -> r.limit(2)).map(Conversation::id), 0)
			.expectSubscription()
			.expectNoEvent(settle)
			.then(() -> assertCalls(CONVERSATIONS_LIST, 0))
			.thenRequest(2)
			.expectNext("C1", "C2")
			.expectNoEvent(settle)
			.then(() -> assertCalls(CONVERSATIONS_LIST, 1))
			.thenRequest(1)
			.expectNext("C3")
			.expectNoEvent(settle)
			.then(() -> assertCalls(CONVERSATIONS_LIST, 2))
			.thenRequest(1)
			.expectNext("C4")
			.expectNoEvent(settle)
			.then(() -> assertCalls(CONVERSATIONS_LIST, 2))
			.thenRequest(1)
			.expectNext("C5")
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertCalls(CONVERSATIONS_LIST, 3);
	}

	@Test
	void takingTheFirstItemsFetchesOnlyThePagesThatHoldThem() {
		stubConversationPages();

		List<String> ids = slack().conversations()
			.listAll((r) -> r.limit(2))
			.map(Conversation::id)
			.take(3)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(ids).containsExactly("C1", "C2", "C3");
		assertCalls(CONVERSATIONS_LIST, 2);
		wireMock.verify(0, getRequestedFor(urlPathEqualTo("/api/" + CONVERSATIONS_LIST))
			.withQueryParam("cursor", equalTo("page3")));
	}

	@Test
	void aCursorSetOnTheRequestIsWhereTheFirstPageStarts() {
		stubConversationPages();

		StepVerifier.create(slack().conversations().listAll((r) -> r.cursor("page2").limit(2)).map(Conversation::id))
			.expectNext("C3", "C4", "C5")
			.verifyComplete();

		assertCalls(CONVERSATIONS_LIST, 2);
		wireMock.verify(0, getRequestedFor(urlPathEqualTo("/api/" + CONVERSATIONS_LIST))
			.withQueryParam("cursor", absent()));
	}

	@Test
	void aFailingPageEndsTheItemsWithSlackApiException() {
		stubPage(CONVERSATIONS_LIST, null, page("channels", "{\"id\": \"C1\"}, {\"id\": \"C2\"}", "page2"));
		stubPage(CONVERSATIONS_LIST, "page2", "{\"ok\": false, \"error\": \"invalid_cursor\"}");
		stubPage(CONVERSATIONS_LIST, "page3", page("channels", "{\"id\": \"C5\"}", ""));

		StepVerifier.create(slack().conversations().listAll().map(Conversation::id))
			.expectNext("C1", "C2")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(SlackApiException.class, (api) -> {
				assertThat(api.getMethod()).isEqualTo(CONVERSATIONS_LIST);
				assertThat(api.getError()).isEqualTo("invalid_cursor");
			}))
			.verify(Duration.ofSeconds(10));

		assertCalls(CONVERSATIONS_LIST, 2);
	}

	@Test
	void blockingStreamFetchesOnlyThePagesItsConsumerReads() throws InterruptedException {
		stubConversationPages();

		try (Stream<Conversation> conversations = slack().blocking().conversations().listAll((r) -> r.limit(2))) {
			List<String> ids = conversations.limit(3).map(Conversation::id).toList();

			assertThat(ids).containsExactly("C1", "C2", "C3");
			Thread.sleep(300);
			assertCalls(CONVERSATIONS_LIST, 2);
		}
		wireMock.verify(0, getRequestedFor(urlPathEqualTo("/api/" + CONVERSATIONS_LIST))
			.withQueryParam("cursor", equalTo("page3")));
	}

	@Test
	void blockingStreamReadToTheEndHoldsEveryItem() {
		stubConversationPages();

		try (Stream<Conversation> conversations = slack().blocking().conversations().listAll((r) -> r.limit(2))) {
			assertThat(conversations.map(Conversation::id)).containsExactly("C1", "C2", "C3", "C4", "C5");
		}
		assertCalls(CONVERSATIONS_LIST, 3);
	}

	@Test
	void blockingStreamThrowsTheErrorOfAFailingPage() {
		stubPage(CONVERSATIONS_LIST, null, page("channels", "{\"id\": \"C1\"}", "page2"));
		stubPage(CONVERSATIONS_LIST, "page2", "{\"ok\": false, \"error\": \"ratelimited\"}");

		try (Stream<Conversation> conversations = slack().blocking().conversations().listAll()) {
			assertThatExceptionOfType(SlackApiException.class).isThrownBy(conversations::toList)
				.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("ratelimited"));
		}
	}

	private static void stubConversationPages() {
		stubPage(CONVERSATIONS_LIST, null, page("channels", "{\"id\": \"C1\"}, {\"id\": \"C2\"}", "page2"));
		stubPage(CONVERSATIONS_LIST, "page2", page("channels", "{\"id\": \"C3\"}, {\"id\": \"C4\"}", "page3"));
		stubPage(CONVERSATIONS_LIST, "page3", page("channels", "{\"id\": \"C5\"}", ""));
	}

	private static String page(String field, String items, String nextCursor) {
		return "{\"ok\": true, \"" + field + "\": [" + items + "], \"response_metadata\": {\"next_cursor\": \""
				+ nextCursor + "\"}}";
	}

	private static void stubPage(String method, @Nullable String cursor, String body) {
		StringValuePattern cursorPattern = (cursor != null) ? equalTo(cursor) : absent();
		wireMock.stubFor(get(urlPathEqualTo("/api/" + method)).withQueryParam("cursor", cursorPattern)
			.willReturn(okJson(body)));
	}

	private static void assertCalls(String method, int count) {
		wireMock.verify(count, getRequestedFor(urlPathEqualTo("/api/" + method)));
	}

}
