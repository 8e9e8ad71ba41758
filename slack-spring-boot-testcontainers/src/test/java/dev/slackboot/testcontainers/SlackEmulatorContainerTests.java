package dev.slackboot.testcontainers;

import java.time.Duration;

import dev.slackboot.model.Conversation;
import dev.slackboot.model.Message;
import dev.slackboot.test.emulator.EmulatedChannel;
import dev.slackboot.test.emulator.SlackEmulator;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.SlackApiException;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code slack-emulator} image in a container: its Web API through the mapped port, configured from the
 * container's environment, and its control API. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
class SlackEmulatorContainerTests {

	@Container
	static final SlackEmulatorContainer slack = new SlackEmulatorContainer().withBotToken("xoxb-container")
		.withAppToken("xapp-container")
		.withWorkspace(MountableFile.forClasspathResource("slack-workspace.json"));

	private final BlockingSlackWebClient web = SlackWebClient.builder()
		.baseUrl(slack.getWebApiBaseUrl())
		.token(slack.getBotToken())
		.build()
		.blocking();

	@Test
	void servesTheWebApiWithTheTokenFromTheEnvironment() {
		assertThat(slack.getWebApiBaseUrl()).isEqualTo("http://" + slack.getHost() + ":"
				+ slack.getMappedPort(SlackEmulatorContainer.PORT) + "/api/");
		assertThat(this.web.auth().test().userId()).isEqualTo(SlackEmulator.BOT_USER_ID);
		SlackApiException rejected = catchThrowableOfType(SlackApiException.class, () -> SlackWebClient.builder()
			.baseUrl(slack.getWebApiBaseUrl())
			.token(SlackEmulator.DEFAULT_BOT_TOKEN)
			.build()
			.blocking()
			.auth()
			.test());
		assertThat(rejected.getError()).isEqualTo("invalid_auth");
	}

	@Test
	void handsOutRtmUrlsOnTheMappedPort() {
		String url = this.web.rtm().connect().url();

		assertThat(url).startsWith("ws://" + slack.getHost() + ":" + slack.getMappedPort(SlackEmulatorContainer.PORT)
				+ "/rtm/");
	}

	@Test
	void addsTheChannelsAndMessagesOfTheWorkspaceFile() {
		assertThat(this.web.conversations().listAll()).extracting(Conversation::name).contains("deploys");
		assertThat(slack.control().messages("deploys")).extracting(Message::text).contains("v1.2 is out");
	}

	@Test
	void controlPostsAsAUserAndAwaitsTheBotsAnswer() {
		Message posted = slack.control().postAsUser("bob", "general", "deploy please");
		assertThat(posted.user()).isEqualTo("U0BOB");

		this.web.chat().postMessage((m) -> m.channel("C0GENERAL").threadTs(posted.ts()).text("on it, bob"));

		Message answer = slack.control()
			.awaitMessage((m) -> m.channel("general").threadTs(posted.ts()).fromBot(true).textContains("on it"));
		assertThat(answer.botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(slack.control().messages("general")).extracting(Message::ts).contains(posted.ts(), answer.ts());
	}

	@Test
	void controlCreatesChannelsTheBotSees() {
		EmulatedChannel channel = slack.control().createChannel("incidents", false, "carol", "emulator-bot");

		assertThat(channel.members()).containsExactly("U0CAROL", SlackEmulator.BOT_USER_ID);
		assertThat(this.web.conversations().info((r) -> r.channel(channel.id())).channel().name())
			.isEqualTo("incidents");
	}

	@Test
	void controlReportsWhatTheEmulatorRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> slack.control().postAsUser("dave", "general", "hi"))
			.withMessageContaining("No user 'dave'");
	}

	@Test
	void awaitingAMessageThatNeverComesFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> slack.control()
				.awaitMessage((m) -> m.textContains("never posted").timeout(Duration.ofMillis(200))))
			.withMessageContaining("was posted within 200 ms");
	}

	@Test
	void controlInjectsWebApiFaults() {
		slack.control().failNextCalls(1, 503);

		SlackApiException failed = catchThrowableOfType(SlackApiException.class, () -> SlackWebClient.builder()
			.baseUrl(slack.getWebApiBaseUrl())
			.token(slack.getBotToken())
			.retryPolicy(SlackRetryPolicy.none())
			.build()
			.blocking()
			.auth()
			.test());

		assertThat(failed.getHttpStatus()).isEqualTo(503);
		assertThat(this.web.auth().test().ok()).isTrue();
	}

}
