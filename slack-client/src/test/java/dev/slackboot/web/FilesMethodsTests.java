package dev.slackboot.web;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.web.files.FilesCompleteUploadExternalResponse;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed {@code files.getUploadURLExternal} and {@code files.completeUploadExternal} methods against a real
 * HTTP server: their encodings, arguments and typed answers.
 */
class FilesMethodsTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SlackWebClient slack;

	@BeforeEach
	void setUp() {
		this.slack = SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
	}

	@Test
	void getUploadURLExternalIsFormEncodedAndReadsTheUploadTarget() {
		answer("files.getUploadURLExternal",
				"{\"ok\": true, \"upload_url\": \"https://files.slack.com/upload/v1/abc\", \"file_id\": \"F123\"}");
		StepVerifier
			.create(this.slack.files()
				.getUploadURLExternal((f) -> f.filename("cat picture.png")
					.length(53072L)
					.altTxt("A cat & a dog")
					.snippetType("python")))
			.assertNext((response) -> {
				assertThat(response.fileId()).isEqualTo("F123");
				assertThat(response.uploadUrl()).isEqualTo("https://files.slack.com/upload/v1/abc");
			})
			.verifyComplete();
		wireMock.verify(postRequestedFor(urlEqualTo("/api/files.getUploadURLExternal"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded;charset=UTF-8"))
			.withRequestBody(
					equalTo("filename=cat+picture.png&length=53072&alt_txt=A+cat+%26+a+dog&snippet_type=python")));
	}

	@Test
	void getUploadURLExternalWithoutALengthFailsBeforeCallingSlack() {
		StepVerifier.create(this.slack.files().getUploadURLExternal((f) -> f.filename("a.txt")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'length'"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void completeUploadExternalSendsTheFilesAsAJsonArrayAndReadsTheCompletedFiles() {
		answer("files.completeUploadExternal", """
				{"ok": true, "files": [{"id": "F1", "title": "Report", "size": 10, "permalink": "https://x/F1"},
				 {"id": "F2", "title": "b.txt"}]}""");
		StepVerifier
			.create(this.slack.files()
				.completeUploadExternal((f) -> f.file("F1", "Report")
					.file("F2", null)
					.channelId("C123")
					.threadTs("1700000000.000100")
					.initialComment("Two files")))
			.assertNext((response) -> {
				assertThat(response.files()).extracting("id").containsExactly("F1", "F2");
				assertThat(response.files().get(0).size()).isEqualTo(10L);
				assertThat(response.files().get(0).permalink()).isEqualTo("https://x/F1");
			})
			.verifyComplete();
		wireMock.verify(postRequestedFor(urlEqualTo("/api/files.completeUploadExternal"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("""
					{"files": [{"id": "F1", "title": "Report"}, {"id": "F2"}], "channel_id": "C123",
					 "thread_ts": "1700000000.000100", "initial_comment": "Two files"}""")));
	}

	@Test
	void completeUploadExternalAcceptsFilesAsAnyValue() {
		answer("files.completeUploadExternal", "{\"ok\": true, \"files\": [{\"id\": \"F1\"}]}");
		FilesCompleteUploadExternalResponse response = this.slack.blocking()
			.files()
			.completeUploadExternal((f) -> f.file("F0", "replaced").files(List.of(Map.of("id", "F1"))));
		assertThat(response.files()).extracting("id").containsExactly("F1");
		wireMock.verify(postRequestedFor(urlEqualTo("/api/files.completeUploadExternal"))
			.withRequestBody(equalToJson("{\"files\": [{\"id\": \"F1\"}]}")));
	}

	@Test
	void completeUploadExternalWithoutFilesFailsBeforeCallingSlack() {
		StepVerifier.create(this.slack.files().completeUploadExternal((f) -> f.channelId("C123")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'files'"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void blockingGetUploadURLExternalReturnsTheUploadTarget() {
		answer("files.getUploadURLExternal",
				"{\"ok\": true, \"upload_url\": \"https://files.slack.com/upload/v1/abc\", \"file_id\": \"F123\"}");
		FilesGetUploadURLExternalResponse response = this.slack.blocking()
			.files()
			.getUploadURLExternal((f) -> f.filename("a.txt").length(3L));
		assertThat(response.fileId()).isEqualTo("F123");
	}

	private static void answer(String method, String json) {
		wireMock.stubFor(post("/api/" + method)
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
	}

}
