package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The emulator's Java control API and lifecycle.
 */
class SlackEmulatorTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void urlsPointAtTheBoundPort() {
		assertThat(this.emulator.isRunning()).isTrue();
		assertThat(this.emulator.port()).isPositive();
		assertThat(this.emulator.rootUrl()).isEqualTo("http://127.0.0.1:" + this.emulator.port() + "/");
		assertThat(this.emulator.baseUrl()).isEqualTo(this.emulator.rootUrl() + "api/");
	}

	@Test
	void stopClosesThePortForGood() {
		SlackEmulator stopped = SlackEmulator.create().start();
		BlockingSlackWebClient client = client(stopped).blocking();
		stopped.stop();
		assertThat(stopped.isRunning()).isFalse();
		assertThat(failure(() -> client.auth().test()).getError()).isNull();
		assertThatIllegalStateException().isThrownBy(stopped::start);
	}

	@Test
	void toStringShowsNoToken() {
		assertThat(this.emulator.toString()).contains(this.emulator.rootUrl()).doesNotContain("xoxb", "xapp");
	}

	@Test
	void tokensCanBeChosen() {
		try (SlackEmulator custom = SlackEmulator.builder()
			.botToken("xoxb-custom")
			.appToken("xapp-custom")
			.build()
			.start()) {
			assertThat(client(custom, "xoxb-custom").blocking().auth().test().ok()).isTrue();
			assertThat(failure(() -> client(custom, SlackEmulator.DEFAULT_BOT_TOKEN).blocking().auth().test())
				.getError()).isEqualTo("invalid_auth");
		}
	}

	@Test
	void botScopesCanBeChosen() {
		try (SlackEmulator narrow = SlackEmulator.builder().botScopes(List.of("chat:write")).build().start()) {
			BlockingSlackWebClient client = client(narrow).blocking();
			assertThat(client.chat().postMessage((m) -> m.channel("general").text("hi")).ok()).isTrue();
			assertThat(failure(() -> client.users().list()).getNeeded()).isEqualTo("users:read");
		}
	}

	@Test
	void workspaceIsDescribed() {
		assertThat(this.emulator.bot().botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(this.emulator.defaultUser().name()).isEqualTo("alice");
		assertThat(this.emulator.users()).extracting(EmulatedUser::name)
			.containsExactly("emulator-bot", "alice", "bob", "carol");
		assertThat(this.emulator.channels()).extracting(EmulatedChannel::id)
			.containsExactly("C0GENERAL", "C0RANDOM", "C0PRIVATE", "C0NOBOT", "D0ALICE");
		assertThat(this.emulator.channel("#watercooler").members()).doesNotContain(SlackEmulator.BOT_USER_ID);
		assertThat(this.emulator.user("@bob").id()).isEqualTo("U0BOB");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.user("dave")).withMessageContaining("bob");
	}

	@Test
	void postAsUserToAUserPostsInTheirDirectMessage() {
		Message message = this.emulator.postAsUser("bob", SlackEmulator.BOT_USER_ID, "hi bot");
		assertThat(message.channel()).startsWith("D");
		assertThat(this.emulator.channel(message.channel()).members())
			.containsExactlyInAnyOrder("U0BOB", SlackEmulator.BOT_USER_ID);
		assertThat(this.emulator.postAsUser("D0ALICE", "again").channel()).isEqualTo("D0ALICE");
	}

	@Test
	void postAsUserOutsideTheirChannelsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.postAsUser("carol", "random", "hi"))
			.withMessageContaining("not a member");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.postAsUser("nope", "hi"))
			.withMessageContaining("general");
	}

	@Test
	void awaitMessageFindsAMessageAlreadyPosted() {
		this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("early answer"));
		Message answer = this.emulator.awaitMessage((m) -> m.botId() != null, Duration.ofMillis(100));
		assertThat(answer.text()).isEqualTo("early answer");
		assertThat(answer.channel()).isEqualTo("C0GENERAL");
	}

	@Test
	void awaitMessageWaitsForTheMessage() {
		CompletableFuture.runAsync(() -> this.slack.chat().postMessage((m) -> m.channel("C0RANDOM").text("late")),
				CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
		Message answer = this.emulator.awaitMessage((m) -> "late".equals(m.text()), Duration.ofSeconds(5));
		assertThat(answer.channel()).isEqualTo("C0RANDOM");
		assertThat(answer.user()).isEqualTo(SlackEmulator.BOT_USER_ID);
	}

	@Test
	void awaitMessageTimesOutNamingTheLatestMessages() {
		this.emulator.postAsUser("general", "something else");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.emulator.awaitMessage((m) -> m.botId() != null, Duration.ofMillis(200)))
			.withMessageContaining("within 200 ms")
			.withMessageContaining("something else");
	}

	@Test
	void createChannelRefusesTakenNames() {
		EmulatedChannel created = this.emulator.createChannel("design", false, "bob", "emulator-bot");
		assertThat(created.members()).containsExactly("U0BOB", SlackEmulator.BOT_USER_ID);
		assertThat(this.slack.chat().postMessage((m) -> m.channel(created.id()).text("hi")).ok()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.createChannel("general", false, "bob"));
	}

	@Test
	void fileContentOfAFileNeverUploadedIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.fileContent("F0NOPE"));
	}

	@Test
	void emitRefusesWhatIsNotAJsonObject() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.emit("[1, 2]"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.emit("{nope"));
	}

}
