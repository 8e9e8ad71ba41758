package dev.slackboot.test.emulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.slackboot.model.Message;
import dev.slackboot.model.SlackFile;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static dev.slackboot.test.emulator.EmulatorClients.post;
import static dev.slackboot.test.emulator.EmulatorClients.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's three-step upload against the emulator.
 */
class FilesApiTests {

	private static final byte[] REPORT = "quarterly numbers\n".getBytes(StandardCharsets.UTF_8);

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void uploadRunsTheThreeStepsAndSharesTheFile() {
		SlackFile file = this.slack.files()
			.upload((u) -> u.content(REPORT).filename("report.txt").title("Report").channel("C0GENERAL")
				.initialComment("Today's report"))
			.files()
			.get(0);
		assertThat(file.id()).startsWith("F");
		assertThat(file.name()).isEqualTo("report.txt");
		assertThat(file.title()).isEqualTo("Report");
		assertThat(file.size()).isEqualTo((long) REPORT.length);
		assertThat(file.mimetype()).isEqualTo("text/plain");
		assertThat(file.channels()).containsExactly("C0GENERAL");
		assertThat(this.emulator.fileContent(file.id())).isEqualTo(REPORT);
		Message shared = this.emulator.messages("general").get(0);
		assertThat(shared.text()).isEqualTo("Today's report");
		assertThat(shared.files()).singleElement()
			.satisfies((node) -> assertThat(node.path("id").asString()).isEqualTo(file.id()));
	}

	@Test
	void uploadedFileIsServedAtItsPrivateUrlToBotTokens() {
		SlackFile file = this.slack.files()
			.upload((u) -> u.content(REPORT).filename("report.txt").channel("C0GENERAL"))
			.files()
			.get(0);
		HttpResponse<String> withToken = send(HttpRequest.newBuilder(URI.create(file.urlPrivate()))
			.header("Authorization", "Bearer " + this.emulator.botToken()));
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.body()).isEqualTo("quarterly numbers\n");
		assertThat(send(HttpRequest.newBuilder(URI.create(file.urlPrivate()))).statusCode()).isEqualTo(403);
	}

	@Test
	void uploadUrlAnswersLikeSlacksAndIsUsedOnce() {
		FilesGetUploadURLExternalResponse target = this.slack.files()
			.getUploadURLExternal((f) -> f.filename("notes.md").length(5L));
		assertThat(target.uploadUrl()).startsWith(this.emulator.rootUrl() + "upload/v1/");
		HttpResponse<String> upload = post(target.uploadUrl(), "application/octet-stream", "hello");
		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.body()).isEqualTo("OK - 5");
		this.slack.files().completeUploadExternal((f) -> f.file(target.fileId(), "Notes"));
		assertThat(post(target.uploadUrl(), "application/octet-stream", "again").statusCode()).isEqualTo(404);
		assertThat(this.emulator.messages("general")).isEmpty();
	}

	@Test
	void completingAFileThatWasNotUploadedIsFileNotFound() {
		String fileId = this.slack.files().getUploadURLExternal((f) -> f.filename("a.txt").length(1L)).fileId();
		assertThat(failure(() -> this.slack.files().completeUploadExternal((f) -> f.file(fileId, "A"))).getError())
			.isEqualTo("file_not_found");
	}

	@Test
	void sharingWhereTheBotIsNotIsNotInChannel() {
		assertThat(failure(() -> this.slack.files()
			.upload((u) -> u.content(REPORT).filename("report.txt").channel("C0NOBOT"))).getError())
			.isEqualTo("not_in_channel");
	}

}
