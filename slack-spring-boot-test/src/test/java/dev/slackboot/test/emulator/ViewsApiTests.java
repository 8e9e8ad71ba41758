package dev.slackboot.test.emulator;

import java.util.List;
import java.util.Map;

import dev.slackboot.model.View;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.SlackApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code views.*} methods against the emulator.
 */
class ViewsApiTests {

	private static final Map<String, Object> MODAL = Map.of("type", "modal", "callback_id", "survey", "title",
			Map.of("type", "plain_text", "text", "Survey"), "blocks",
			List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "How was it?"))));

	private static final Map<String, Object> HOME = Map.of("type", "home", "blocks", List.of());

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void openEchoesTheViewWithAnId() {
		View view = this.slack.views().open((r) -> r.triggerId("12345.98765.abcd").view(MODAL)).view();
		assertThat(view.id()).startsWith("V");
		assertThat(view.type()).isEqualTo("modal");
		assertThat(view.callbackId()).isEqualTo("survey");
		assertThat(view.title().path("text").asString()).isEqualTo("Survey");
		assertThat(view.blocks()).hasSize(1);
		assertThat(view.hash()).isNotBlank();
		assertThat(view.rootViewId()).isEqualTo(view.id());
		assertThat(view.teamId()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(view.appId()).isEqualTo(SlackEmulator.APP_ID);
	}

	@Test
	void openWithoutTriggerIsInvalidArguments() {
		SlackApiException ex = failure(() -> this.slack.views().open((r) -> r.view(MODAL)));
		assertThat(ex.getError()).isEqualTo("invalid_arguments");
	}

	@Test
	void openOfAHomeViewIsInvalidArguments() {
		assertThat(failure(() -> this.slack.views().open((r) -> r.triggerId("1.2.3").view(HOME))).getError())
			.isEqualTo("invalid_arguments");
	}

	@Test
	void updateKeepsTheIdAndChecksTheHash() {
		View opened = this.slack.views().open((r) -> r.triggerId("1.2.3").view(MODAL)).view();
		View updated = this.slack.views()
			.update((r) -> r.viewId(opened.id()).hash(opened.hash()).view(MODAL))
			.view();
		assertThat(updated.id()).isEqualTo(opened.id());
		assertThat(updated.hash()).isNotEqualTo(opened.hash());
		assertThat(failure(() -> this.slack.views().update((r) -> r.viewId(opened.id()).hash(opened.hash()).view(MODAL)))
			.getError()).isEqualTo("hash_conflict");
		assertThat(failure(() -> this.slack.views().update((r) -> r.viewId("V0NOPE").view(MODAL))).getError())
			.isEqualTo("not_found");
	}

	@Test
	void pushAddsAnotherView() {
		View opened = this.slack.views().open((r) -> r.triggerId("1.2.3").view(MODAL)).view();
		View pushed = this.slack.views().push((r) -> r.triggerId("1.2.4").view(MODAL)).view();
		assertThat(pushed.id()).isNotEqualTo(opened.id());
	}

	@Test
	void publishKeepsOneHomeViewPerUser() {
		View first = this.slack.views().publish((r) -> r.userId("U0ALICE").view(HOME)).view();
		View second = this.slack.views().publish((r) -> r.userId("U0ALICE").view(HOME)).view();
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(this.slack.views().publish((r) -> r.userId("U0BOB").view(HOME)).view().id()).isNotEqualTo(first.id());
		assertThat(failure(() -> this.slack.views().publish((r) -> r.userId("U0NOBODY").view(HOME))).getError())
			.isEqualTo("user_not_found");
	}

}
