package dev.slackboot.test.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.slackboot.web.SlackApiException;
import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.auth.AuthTestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static dev.slackboot.test.emulator.EmulatorClients.json;
import static dev.slackboot.test.emulator.EmulatorClients.post;
import static dev.slackboot.test.emulator.EmulatorClients.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Web API's envelope: tokens, encodings, scopes, token kinds and injected faults.
 */
class WebApiEnvelopeTests {

	private final SlackEmulator emulator = SlackEmulator.builder()
		.token("xoxb-read-only", "channels:read", "users:read")
		.build()
		.start();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void authTestDescribesTheBot() {
		AuthTestResponse answer = client(this.emulator).blocking().auth().test();
		assertThat(answer.ok()).isTrue();
		assertThat(answer.userId()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(answer.botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(answer.teamId()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(answer.team()).isEqualTo(this.emulator.teamName());
		assertThat(answer.user()).isEqualTo("emulator-bot");
		assertThat(answer.url()).isEqualTo(this.emulator.rootUrl());
	}

	@Test
	void callWithoutTokenIsNotAuthed() {
		SlackWebClient anonymous = client(this.emulator, null);
		assertThat(failure(() -> anonymous.blocking().auth().test()).getError()).isEqualTo("not_authed");
	}

	@Test
	void callWithUnknownTokenIsInvalidAuth() {
		SlackWebClient stranger = client(this.emulator, "xoxb-unknown");
		assertThat(failure(() -> stranger.blocking().auth().test()).getError()).isEqualTo("invalid_auth");
	}

	@Test
	void unknownMethodIsUnknownMethod() {
		SlackApiException ex = failure(() -> client(this.emulator).call("bookmarks.list", Map.of()).block());
		assertThat(ex.getError()).isEqualTo("unknown_method");
	}

	@Test
	void tokenIsAcceptedAsFormField() {
		HttpResponse<String> response = post(this.emulator.baseUrl() + "auth.test",
				"application/x-www-form-urlencoded", "token=" + this.emulator.botToken());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(json(response).path("user_id").asString()).isEqualTo(SlackEmulator.BOT_USER_ID);
	}

	@Test
	void jsonBodyFormBodyAndQueryStringAreReadAlike() {
		String bearer = "Bearer " + this.emulator.botToken();
		HttpResponse<String> fromJson = send(HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "chat.postMessage"))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C0GENERAL\",\"text\":\"from JSON\"}")));
		HttpResponse<String> fromForm = send(HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "chat.postMessage"))
			.header("Authorization", bearer)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("channel=general&text=from+form+%26+more")));
		HttpResponse<String> fromQuery = send(HttpRequest
			.newBuilder(URI.create(this.emulator.baseUrl() + "conversations.history?channel=C0GENERAL&limit=2"))
			.header("Authorization", bearer)
			.GET());
		assertThat(json(fromJson).path("ok").asBoolean()).isTrue();
		assertThat(json(fromForm).path("message").path("text").asString()).isEqualTo("from form & more");
		JsonNode history = json(fromQuery);
		assertThat(history.path("messages").size()).isEqualTo(2);
		assertThat(history.path("messages").get(0).path("text").asString()).isEqualTo("from form & more");
		assertThat(history.path("messages").get(1).path("text").asString()).isEqualTo("from JSON");
	}

	@Test
	void malformedJsonBodyIsInvalidJson() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "auth.test"))
			.header("Authorization", "Bearer " + this.emulator.botToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"channel\":")));
		assertThat(json(response).path("error").asString()).isEqualTo("invalid_json");
	}

	@Test
	void tokenWithoutScopeIsMissingScopeNamingNeededAndProvided() {
		SlackWebClient readOnly = client(this.emulator, "xoxb-read-only");
		SlackApiException ex = failure(
				() -> readOnly.blocking().chat().postMessage((m) -> m.channel("C0GENERAL").text("hi")));
		assertThat(ex.getError()).isEqualTo("missing_scope");
		assertThat(ex.getNeeded()).isEqualTo("chat:write");
		assertThat(ex.getProvided()).isEqualTo("channels:read,users:read");
		assertThat(readOnly.blocking().conversations().list().channels()).isNotEmpty();
		assertThat(this.emulator.messages("general")).isEmpty();
	}

	@Test
	void answersNameTheTokensScopes() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + "users.list"))
			.header("Authorization", "Bearer xoxb-read-only")
			.GET());
		assertThat(response.headers().firstValue("X-OAuth-Scopes")).hasValue("channels:read,users:read");
		assertThat(response.headers().firstValue("X-Accepted-OAuth-Scopes")).hasValue("users:read");
	}

	@Test
	void appTokenIsRefusedByBotMethods() {
		SlackWebClient app = client(this.emulator, this.emulator.appToken());
		assertThat(failure(() -> app.blocking().auth().test()).getError()).isEqualTo("not_allowed_token_type");
		assertThat(failure(() -> app.blocking().chat().postMessage((m) -> m.channel("C0GENERAL").text("hi")))
			.getError()).isEqualTo("not_allowed_token_type");
	}

	@Test
	void connectionsOpenNeedsTheAppToken() {
		assertThat(client(this.emulator).blocking().apps().connectionsOpen().url())
			.startsWith("ws://127.0.0.1:" + this.emulator.port() + "/link/?ticket=");
		SlackWebClient botAsApp = SlackWebClient.builder()
			.baseUrl(this.emulator.baseUrl())
			.token(this.emulator.botToken())
			.appToken(this.emulator.botToken())
			.build();
		assertThat(failure(() -> botAsApp.blocking().apps().connectionsOpen()).getError())
			.isEqualTo("not_allowed_token_type");
	}

	@Test
	void failNextCallsAnswersServerErrorsThenServesAgain() {
		this.emulator.failNextCalls(2, 503);
		SlackWebClient client = client(this.emulator);
		SlackApiException first = failure(() -> client.blocking().auth().test());
		assertThat(first.getHttpStatus()).isEqualTo(503);
		assertThat(first.getError()).isEqualTo("service_unavailable");
		assertThat(failure(() -> client.blocking().auth().test()).getHttpStatus()).isEqualTo(503);
		assertThat(client.blocking().auth().test().ok()).isTrue();
	}

	@Test
	void failNextCallsWith429AnswersRatelimitedWithRetryAfter() {
		this.emulator.failNextCalls(1, 429);
		SlackApiException ex = failure(() -> client(this.emulator).blocking().auth().test());
		assertThat(ex.getHttpStatus()).isEqualTo(429);
		assertThat(ex.getError()).isEqualTo("ratelimited");
		assertThat(ex.getRetryAfter()).hasSeconds(1);
	}

}
