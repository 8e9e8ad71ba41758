package dev.slackboot.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.pins.PinnedItem;
import dev.slackboot.web.pins.PinsAddResponse;
import dev.slackboot.web.pins.PinsListResponse;
import dev.slackboot.web.pins.PinsRemoveResponse;
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
 * The typed {@code pins.*} methods against a real HTTP server: the Slack method, encoding, arguments and token
 * sent, the typed answer (messages and files), required arguments, and the blocking forms.
 */
class PinsMethodsTests {

	private static final String TOKEN = "xoxb-test";

	private static final String TWO_PINS = "{\"ok\":true,\"items\":["
			+ "{\"type\":\"message\",\"channel\":\"C1\",\"created\":1700000000,\"created_by\":\"U1\","
			+ "\"message\":{\"type\":\"message\",\"text\":\"pinned\",\"ts\":\"1.000100\",\"user\":\"U2\"}},"
			+ "{\"type\":\"file\",\"created\":1700000001,\"created_by\":\"U3\","
			+ "\"file\":{\"id\":\"F1\",\"name\":\"a.png\"}}]}";

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SlackWebClient client = SlackWebClient.builder()
		.baseUrl(slack.baseUrl() + "/api/")
		.token(TOKEN)
		.build();

	@Test
	void addIsPostedAsJson() {
		slack.stubFor(post("/api/pins.add").willReturn(okJson("{\"ok\":true}")));

		PinsAddResponse response = this.client.pins().add((p) -> p.channel("C1").timestamp("1.000100")).block();

		assertThat(response.ok()).isTrue();
		slack.verify(postRequestedFor(urlPathEqualTo("/api/pins.add"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"timestamp\":\"1.000100\"}")));
	}

	@Test
	void removeIsPostedAsJson() {
		slack.stubFor(post("/api/pins.remove").willReturn(okJson("{\"ok\":true}")));

		PinsRemoveResponse response = this.client.pins().remove((p) -> p.channel("C1").timestamp("1.000100")).block();

		assertThat(response.ok()).isTrue();
		slack.verify(postRequestedFor(urlPathEqualTo("/api/pins.remove"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("{\"channel\":\"C1\",\"timestamp\":\"1.000100\"}")));
	}

	@Test
	void listIsSentAsGetAndReturnsPinnedMessagesAndFiles() {
		slack.stubFor(get(urlPathEqualTo("/api/pins.list")).willReturn(okJson(TWO_PINS)));

		PinsListResponse response = this.client.pins().list((p) -> p.channel("C1")).block();

		assertThat(response.items()).hasSize(2);
		PinnedItem message = response.items().get(0);
		assertThat(message.type()).isEqualTo("message");
		assertThat(message.channel()).isEqualTo("C1");
		assertThat(message.created()).isEqualTo(1700000000L);
		assertThat(message.createdBy()).isEqualTo("U1");
		assertThat(message.message().text()).isEqualTo("pinned");
		assertThat(message.message().user()).isEqualTo("U2");
		assertThat(message.file()).isNull();
		PinnedItem file = response.items().get(1);
		assertThat(file.type()).isEqualTo("file");
		assertThat(file.message()).isNull();
		assertThat(file.file().path("id").asString()).isEqualTo("F1");
		slack.verify(getRequestedFor(urlPathEqualTo("/api/pins.list"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withQueryParam("channel", equalTo("C1")));
	}

	@Test
	void missingChannelFailsBeforeAnyHttpCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.pins().add((p) -> p.timestamp("1.0")).block())
			.withMessageContaining("pins.add")
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.pins().remove((p) -> p.timestamp("1.0")).block())
			.withMessageContaining("pins.remove")
			.withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.pins().list((p) -> {
		}).block()).withMessageContaining("pins.list").withMessageContaining("'channel'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.blocking().pins().list((p) -> {
		})).withMessageContaining("'channel'");
		slack.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void blockingFormsReturnTheSameAnswers() {
		slack.stubFor(post("/api/pins.add").willReturn(okJson("{\"ok\":true,\"warning\":\"w1\"}")));
		slack.stubFor(post("/api/pins.remove").willReturn(okJson("{\"ok\":true,\"warning\":\"w2\"}")));
		slack.stubFor(get(urlPathEqualTo("/api/pins.list")).willReturn(okJson(TWO_PINS)));
		PinsMethods reactive = this.client.pins();
		BlockingPinsMethods blocking = this.client.blocking().pins();

		assertThat(blocking.add((p) -> p.channel("C1").timestamp("1.0")))
			.isEqualTo(reactive.add((p) -> p.channel("C1").timestamp("1.0")).block())
			.extracting(PinsAddResponse::warning)
			.isEqualTo("w1");
		assertThat(blocking.remove((p) -> p.channel("C1").timestamp("1.0")))
			.isEqualTo(reactive.remove((p) -> p.channel("C1").timestamp("1.0")).block())
			.extracting(PinsRemoveResponse::warning)
			.isEqualTo("w2");
		PinsListResponse listed = blocking.list((p) -> p.channel("C1"));
		assertThat(listed).isEqualTo(reactive.list((p) -> p.channel("C1")).block());
		assertThat(listed.items()).extracting(PinnedItem::type).containsExactly("message", "file");
		slack.verify(2, getRequestedFor(urlPathEqualTo("/api/pins.list")));
	}

}
