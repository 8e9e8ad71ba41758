package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.model.Reaction;
import dev.slackboot.web.reactions.ReactionsAddResponse;
import dev.slackboot.web.reactions.ReactionsGetResponse;
import dev.slackboot.web.reactions.ReactionsRemoveResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The typed {@code reactions.*} methods against a real HTTP server: the Slack method, encoding, arguments and
 * token sent, the typed answer (a message or a file), required arguments, and the blocking forms.
 */
class ReactionsMethodsTests {

	private static final String TOKEN = "xoxb-test";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(TOKEN)
		.build();

	@Test
	void addIsPostedAsJson() {
		slack.stubFor(post("/api/reactions.add").willReturn(okJson("{\"ok\":true}")));

		ReactionsAddResponse response = this.client.reactions()
			.add((r) -> r.channel("C1").timestamp("1.000100").name("thumbsup"))
			.block();

		assertThat(response.ok()).isTrue();
		slack.verify(postRequestedFor(urlPathEqualTo("/api/reactions.add"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"timestamp\":\"1.000100\",\"name\":\"thumbsup\"}")));
	}

	@Test
	void removeIsPostedAsJson() {
		slack.stubFor(post("/api/reactions.remove").willReturn(okJson("{\"ok\":true}")));

		ReactionsRemoveResponse response = this.client.reactions()
			.remove((r) -> r.name("thumbsup").file("F1"))
			.block();

		assertThat(response.ok()).isTrue();
		slack.verify(postRequestedFor(urlPathEqualTo("/api/reactions.remove"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("{\"name\":\"thumbsup\",\"file\":\"F1\"}")));
	}

	@Test
	void getOfAMessageIsSentAsGetAndReturnsTheMessageWithItsReactions() {
		slack.stubFor(get(urlPathEqualTo("/api/reactions.get")).willReturn(okJson("{\"ok\":true,\"type\":\"message\","
				+ "\"channel\":\"C1\",\"message\":{\"type\":\"message\",\"text\":\"hi\",\"ts\":\"1.000100\","
				+ "\"reactions\":[{\"name\":\"tada\",\"count\":2,\"users\":[\"U1\",\"U2\"]}]}}")));

		ReactionsGetResponse response = this.client.reactions()
			.get((r) -> r.channel("C1").timestamp("1.000100").full(true))
			.block();

		assertThat(response.type()).isEqualTo("message");
		assertThat(response.channel()).isEqualTo("C1");
		assertThat(response.file()).isNull();
		assertThat(response.message().reactions()).singleElement().satisfies((reaction) -> {
			assertThat(reaction.name()).isEqualTo("tada");
			assertThat(reaction.count()).isEqualTo(2);
			assertThat(reaction.users()).containsExactly("U1", "U2");
		});
		slack.verify(getRequestedFor(urlPathEqualTo("/api/reactions.get"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withQueryParam("channel", equalTo("C1"))
			.withQueryParam("timestamp", equalTo("1.000100"))
			.withQueryParam("full", equalTo("true")));
	}

	@Test
	void getOfAFileReturnsTheFileWithItsReactions() {
		slack.stubFor(get(urlPathEqualTo("/api/reactions.get")).willReturn(okJson("{\"ok\":true,\"type\":\"file\","
				+ "\"file\":{\"id\":\"F1\",\"name\":\"a.png\",\"reactions\":[{\"name\":\"eyes\",\"count\":1,"
				+ "\"users\":[\"U1\"]}]}}")));

		ReactionsGetResponse response = this.client.reactions().get((r) -> r.file("F1")).block();

		assertThat(response.type()).isEqualTo("file");
		assertThat(response.message()).isNull();
		assertThat(response.file().path("id").asString()).isEqualTo("F1");
		assertThat(response.file().path("reactions").get(0).path("name").asString()).isEqualTo("eyes");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/reactions.get")).withQueryParam("file", equalTo("F1")));
	}

	@Test
	void missingRequiredArgumentsFailBeforeAnyHttpCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.reactions().add((r) -> r.channel("C1").name("tada")).block())
			.withMessageContaining("reactions.add")
			.withMessageContaining("'timestamp'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.reactions().add((r) -> r.channel("C1").timestamp("1.0")).block())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.reactions().add((r) -> r.timestamp("1.0").name("tada")).block())
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.reactions().remove((r) -> r.channel("C1").timestamp("1.0")).block())
			.withMessageContaining("reactions.remove")
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.blocking().reactions().remove((r) -> r.name("")))
			.withMessageContaining("'name'");
		slack.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void blockingFormsReturnTheSameAnswers() {
		slack.stubFor(post("/api/reactions.add").willReturn(okJson("{\"ok\":true,\"warning\":\"w1\"}")));
		slack.stubFor(post("/api/reactions.remove").willReturn(okJson("{\"ok\":true,\"warning\":\"w2\"}")));
		slack.stubFor(get(urlPathEqualTo("/api/reactions.get")).willReturn(okJson("{\"ok\":true,\"type\":\"message\","
				+ "\"channel\":\"C1\",\"message\":{\"ts\":\"1.0\",\"reactions\":[{\"name\":\"tada\",\"count\":3}]}}")));
		ReactionsMethods reactive = this.client.reactions();
		BlockingReactionsMethods blocking = this.client.blocking().reactions();

		assertThat(blocking.add((r) -> r.channel("C1").timestamp("1.0").name("tada")))
			.isEqualTo(reactive.add((r) -> r.channel("C1").timestamp("1.0").name("tada")).block())
			.extracting(ReactionsAddResponse::warning)
			.isEqualTo("w1");
		assertThat(blocking.remove((r) -> r.channel("C1").timestamp("1.0").name("tada")))
			.isEqualTo(reactive.remove((r) -> r.channel("C1").timestamp("1.0").name("tada")).block())
			.extracting(ReactionsRemoveResponse::warning)
			.isEqualTo("w2");
		ReactionsGetResponse got = blocking.get((r) -> r.channel("C1").timestamp("1.0"));
		assertThat(got).isEqualTo(reactive.get((r) -> r.channel("C1").timestamp("1.0")).block());
		assertThat(got.message().reactions()).extracting(Reaction::count).containsExactly(3);
		slack.verify(2, postRequestedFor(urlPathEqualTo("/api/reactions.add")));
	}

}
