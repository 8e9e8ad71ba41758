package dev.slackboot.web;

import dev.slackboot.model.SlackFile;
import dev.slackboot.web.files.FilesCompleteUploadExternalResponse;
import dev.slackboot.web.files.FilesGetUploadURLExternalResponse;
import dev.slackboot.web.files.FilesUploadResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the upload methods read into typed responses without losing a field.
 */
class FilesCorpusTests {

	@Test
	void filesGetUploadURLExternal() {
		FilesGetUploadURLExternalResponse response = CorpusRoundTrip.assertRoundTrip("files.getUploadURLExternal",
				FilesGetUploadURLExternalResponse.class);
		assertThat(response.fileId()).isEqualTo("F00000000");
		assertThat(response.uploadUrl()).isEqualTo("https://www.example.com/");
	}

	@Test
	void filesCompleteUploadExternal() {
		FilesCompleteUploadExternalResponse response = CorpusRoundTrip
			.assertRoundTrip("files.completeUploadExternal", FilesCompleteUploadExternalResponse.class);
		assertThat(response.files()).hasSize(1);
		assertTypedFile(response.files().get(0));
	}

	@Test
	void oneCallUploadReadsTheAnswerOfFilesCompleteUploadExternal() {
		FilesUploadResponse response = CorpusRoundTrip.assertRoundTrip("files.completeUploadExternal",
				FilesUploadResponse.class);
		assertThat(response.files()).hasSize(1);
		assertTypedFile(response.files().get(0));
	}

	private static void assertTypedFile(SlackFile file) {
		assertThat(file.id()).isEqualTo("F00000000");
		assertThat(file.user()).isEqualTo("U00000000");
		assertThat(file.size()).isEqualTo(12345L);
		assertThat(file.created()).isEqualTo(12345L);
		assertThat(file.isPublic()).isFalse();
		assertThat(file.permalink()).isEqualTo("https://www.example.com/");
		assertThat(file.channels()).containsExactly("C00000000", "");
		assertThat(file.shares().path("public").path("C00000000").get(0).path("ts").asString())
			.isEqualTo("0000000000.000000");
		assertThat(file.additionalProperties()).containsKeys("thumb_64", "is_modified_by_ai");
	}

}
