package dev.slackboot.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.slackboot.web.files.FilesUploadResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-call upload against a real HTTP server: Slack's three steps in order with the right encodings, the
 * bytes intact, the token only where it belongs, and failures that stop the flow.
 */
class FileUploadTests {

	private static final String GET_UPLOAD_URL = "/api/files.getUploadURLExternal";

	private static final String UPLOAD = "/upload/F123";

	private static final String UPLOAD_URL = UPLOAD + "?sig=a%2Fb";

	private static final String COMPLETE_UPLOAD = "/api/files.completeUploadExternal";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SlackWebClient slack;

	@BeforeEach
	void setUp() {
		this.slack = SlackWebClient.builder().baseUrl(wireMock.baseUrl() + "/api/").token("xoxb-test").build();
		wireMock.stubFor(post(GET_UPLOAD_URL).willReturn(json("{\"ok\": true, \"upload_url\": \""
				+ wireMock.baseUrl() + UPLOAD_URL + "\", \"file_id\": \"F123\"}")));
		wireMock.stubFor(post(urlEqualTo(UPLOAD_URL)).willReturn(aResponse().withStatus(200).withBody("OK")));
		wireMock.stubFor(post(COMPLETE_UPLOAD).willReturn(json(
				"{\"ok\": true, \"files\": [{\"id\": \"F123\", \"title\": \"Report\", \"name\": \"report.txt\"}]}")));
	}

	@Test
	void bytesRunTheThreeStepsInOrderWithTheirEncodingsAndValues() {
		byte[] content = "hello, Slack".getBytes(StandardCharsets.UTF_8);
		StepVerifier
			.create(this.slack.files()
				.upload((u) -> u.content(content)
					.filename("report.txt")
					.title("Report")
					.altText("A report")
					.snippetType("text")
					.channel("C123")
					.initialComment("Here it is")
					.threadTs("1700000000.000100")))
			.assertNext((response) -> {
				assertThat(response.files()).hasSize(1);
				assertThat(response.files().get(0).id()).isEqualTo("F123");
				assertThat(response.files().get(0).title()).isEqualTo("Report");
			})
			.verifyComplete();
		List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).extracting(LoggedRequest::getUrl)
			.containsExactly(GET_UPLOAD_URL, UPLOAD_URL, COMPLETE_UPLOAD);
		wireMock.verify(postRequestedFor(urlEqualTo(GET_UPLOAD_URL))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded;charset=UTF-8"))
			.withRequestBody(equalTo("filename=report.txt&length=" + content.length
					+ "&alt_txt=A+report&snippet_type=text")));
		wireMock.verify(postRequestedFor(urlEqualTo(UPLOAD_URL))
			.withHeader("Content-Type", equalTo("application/octet-stream"))
			.withHeader("Content-Length", equalTo(String.valueOf(content.length))));
		assertThat(requests.get(1).getBody()).isEqualTo(content);
		wireMock.verify(postRequestedFor(urlEqualTo(COMPLETE_UPLOAD))
			.withHeader("Content-Type", equalTo("application/json;charset=UTF-8"))
			.withRequestBody(equalToJson("""
					{"files": [{"id": "F123", "title": "Report"}], "channel_id": "C123",
					 "initial_comment": "Here it is", "thread_ts": "1700000000.000100"}""")));
	}

	@Test
	void tokenIsSentToSlackMethodsButNotToTheUploadUrl() {
		this.slack.blocking().files().upload((u) -> u.content(new byte[] { 1, 2, 3 }).filename("a.bin"));
		wireMock.verify(postRequestedFor(urlEqualTo(GET_UPLOAD_URL)).withHeader("Authorization",
				equalTo("Bearer xoxb-test")));
		wireMock.verify(postRequestedFor(urlEqualTo(COMPLETE_UPLOAD)).withHeader("Authorization",
				equalTo("Bearer xoxb-test")));
		wireMock.verify(postRequestedFor(urlEqualTo(UPLOAD_URL)).withoutHeader("Authorization"));
		assertThat(uploadRequest().getHeaders().all())
			.noneMatch((header) -> header.values().stream().anyMatch((value) -> value.contains("xoxb-test")));
	}

	@Test
	void pathIsStreamedWithItsSizeAndDefaultsTheFilename(@TempDir Path dir) throws Exception {
		byte[] content = new byte[300_000];
		new Random(42).nextBytes(content);
		Path file = dir.resolve("chart.png");
		Files.write(file, content);
		FilesUploadResponse response = this.slack.blocking().files().upload((u) -> u.content(file).channel("C123"));
		assertThat(response.files()).extracting("id").containsExactly("F123");
		wireMock.verify(postRequestedFor(urlEqualTo(GET_UPLOAD_URL))
			.withRequestBody(equalTo("filename=chart.png&length=" + content.length)));
		LoggedRequest upload = uploadRequest();
		assertThat(upload.getHeader("Content-Length")).isEqualTo(String.valueOf(content.length));
		assertThat(upload.getBody()).isEqualTo(content);
		wireMock.verify(postRequestedFor(urlEqualTo(COMPLETE_UPLOAD))
			.withRequestBody(equalToJson("{\"files\": [{\"id\": \"F123\"}], \"channel_id\": \"C123\"}")));
	}

	@Test
	void fluxOfBuffersArrivesIntact() {
		byte[] content = new byte[100_000];
		new Random(7).nextBytes(content);
		Flux<DataBuffer> buffers = Flux.range(0, 10)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(
					Arrays.copyOfRange(content, i * 10_000, (i + 1) * 10_000)));
		StepVerifier.create(this.slack.files().upload((u) -> u.content(buffers, content.length).filename("data.bin")))
			.expectNextCount(1)
			.verifyComplete();
		wireMock.verify(postRequestedFor(urlEqualTo(GET_UPLOAD_URL))
			.withRequestBody(equalTo("filename=data.bin&length=" + content.length)));
		LoggedRequest upload = uploadRequest();
		assertThat(upload.getBody()).isEqualTo(content);
	}

	@Test
	void uploadUrlThatNeverAnswersTimesOutAndDoesNotComplete() {
		wireMock.stubFor(post(urlEqualTo(UPLOAD_URL)).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
		SlackWebClient impatient = SlackWebClient.builder()
			.baseUrl(wireMock.baseUrl() + "/api/")
			.token("xoxb-test")
			.responseTimeout(java.time.Duration.ofMillis(300))
			.build();
		StepVerifier.create(impatient.files().upload((u) -> u.content(new byte[] { 1 }).filename("a.bin")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SlackApiException.class)
				.hasMessageContaining("upload_url")
				.hasMessageNotContaining("sig="))
			.verify(java.time.Duration.ofSeconds(2));
		wireMock.verify(0, postRequestedFor(urlEqualTo(COMPLETE_UPLOAD)));
	}

	@Test
	void failingUploadFailsWithSlackApiExceptionAndDoesNotComplete() {
		wireMock.stubFor(post(urlEqualTo(UPLOAD_URL)).willReturn(aResponse().withStatus(500)));
		StepVerifier.create(this.slack.files().upload((u) -> u.content(new byte[] { 1 }).filename("a.bin")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(SlackApiException.class)
					.hasMessageContaining("upload_url")
					.hasMessageContaining("F123")
					.hasMessageContaining("HTTP 500")
					.hasMessageNotContaining("sig=");
				SlackApiException api = (SlackApiException) ex;
				assertThat(api.getMethod()).isEqualTo("upload_url");
				assertThat(api.getHttpStatus()).isEqualTo(500);
			})
			.verify();
		wireMock.verify(0, postRequestedFor(urlEqualTo(COMPLETE_UPLOAD)));
	}

	@Test
	void failingGetUploadUrlStopsBeforeSendingTheBytes() {
		wireMock.stubFor(
				post(GET_UPLOAD_URL).willReturn(json("{\"ok\": false, \"error\": \"not_allowed_token_type\"}")));
		StepVerifier.create(this.slack.files().upload((u) -> u.content(new byte[] { 1 }).filename("a.bin")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(SlackApiException.class);
				assertThat(((SlackApiException) ex).getMethod()).isEqualTo("files.getUploadURLExternal");
				assertThat(((SlackApiException) ex).getError()).isEqualTo("not_allowed_token_type");
			})
			.verify();
		assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl)
			.containsExactly(GET_UPLOAD_URL);
	}

	@Test
	void failingCompleteUploadFailsWithItsSlackError() {
		wireMock.stubFor(post(COMPLETE_UPLOAD).willReturn(json("{\"ok\": false, \"error\": \"channel_not_found\"}")));
		StepVerifier
			.create(this.slack.files().upload((u) -> u.content(new byte[] { 1 }).filename("a.bin").channel("C0")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(SlackApiException.class);
				assertThat(((SlackApiException) ex).getMethod()).isEqualTo("files.completeUploadExternal");
				assertThat(((SlackApiException) ex).getError()).isEqualTo("channel_not_found");
			})
			.verify();
	}

	@Test
	void missingContentFailsBeforeAnyHttpCall() {
		StepVerifier.create(this.slack.files().upload((u) -> u.filename("a.txt")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("content"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void missingFilenameFailsBeforeAnyHttpCall() {
		StepVerifier.create(this.slack.files().upload((u) -> u.content(new byte[] { 1 })))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("filename"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void emptyContentFailsBeforeAnyHttpCall() {
		StepVerifier.create(this.slack.files().upload((u) -> u.content(new byte[0]).filename("a.txt")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("empty"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void missingFileFailsBeforeAnyHttpCall(@TempDir Path dir) {
		StepVerifier.create(this.slack.files().upload((u) -> u.content(dir.resolve("missing.txt"))))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("missing.txt"))
			.verify();
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	private static LoggedRequest uploadRequest() {
		List<LoggedRequest> uploads = wireMock.findAll(postRequestedFor(urlEqualTo(UPLOAD_URL)));
		assertThat(uploads).hasSize(1);
		return uploads.get(0);
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}
