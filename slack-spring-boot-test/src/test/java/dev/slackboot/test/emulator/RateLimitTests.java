package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.stream.IntStream;

import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.SlackApiException;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's rate limits, when enabled.
 */
class RateLimitTests {

	private final SlackEmulator emulator = SlackEmulator.builder()
		.rateLimits(true)
		.token("xoxb-second-app", "channels:read")
		.build()
		.start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void tierOneAllowsOneCallPerMinute() {
		assertThat(this.slack.rtm().connect().ok()).isTrue();
		SlackApiException ex = failure(() -> this.slack.rtm().connect());
		assertThat(ex.getHttpStatus()).isEqualTo(429);
		assertThat(ex.getError()).isEqualTo("ratelimited");
		assertThat(ex.getRetryAfter()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
	}

	@Test
	void tierTwoAllowsTwentyCallsPerMinutePerToken() {
		IntStream.range(0, 20).forEach((i) -> assertThat(this.slack.conversations().list().ok()).isTrue());
		assertThat(failure(() -> this.slack.conversations().list()).getHttpStatus()).isEqualTo(429);
		assertThat(client(this.emulator, "xoxb-second-app").blocking().conversations().list().ok()).isTrue();
		assertThat(this.slack.users().info((r) -> r.user("U0BOB")).ok()).isTrue();
	}

	@Test
	void postMessageAllowsAboutOnePerSecondPerChannel() throws InterruptedException {
		this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("one"));
		SlackApiException ex = failure(() -> this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("two")));
		assertThat(ex.getHttpStatus()).isEqualTo(429);
		assertThat(ex.getRetryAfter()).hasSeconds(1);
		assertThat(this.slack.chat().postMessage((m) -> m.channel("C0RANDOM").text("elsewhere")).ok()).isTrue();
		Thread.sleep(1100);
		assertThat(this.slack.chat().postMessage((m) -> m.channel("C0GENERAL").text("three")).ok()).isTrue();
		assertThat(this.emulator.messages("general")).hasSize(2);
	}

	@Test
	void clientThatHonoursRetryAfterGetsThrough() {
		SlackWebClient patient = SlackWebClient.builder()
			.baseUrl(this.emulator.baseUrl())
			.token(this.emulator.botToken())
			.retryPolicy(new SlackRetryPolicy(0, Duration.ZERO, Duration.ZERO, 1, Duration.ofSeconds(5), Duration.ZERO))
			.build();
		long start = System.nanoTime();
		patient.blocking().chat().postMessage((m) -> m.channel("C0GENERAL").text("one"));
		patient.blocking().chat().postMessage((m) -> m.channel("C0GENERAL").text("two"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.emulator.messages("general")).hasSize(2);
	}

	@Test
	void limitsAreOffByDefaultAndCanBeSwitched() {
		try (SlackEmulator unlimited = SlackEmulator.create().start()) {
			BlockingSlackWebClient client = client(unlimited).blocking();
			IntStream.range(0, 3).forEach((i) -> assertThat(client.rtm().connect().ok()).isTrue());
			unlimited.rateLimits(true);
			client.rtm().connect();
			assertThat(failure(() -> client.rtm().connect()).getHttpStatus()).isEqualTo(429);
		}
	}

}
