package dev.slackboot.socket;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SlackSocketModeOptions}: defaults and the limits Slack sets.
 */
class SlackSocketModeOptionsTests {

	@Test
	void defaultsAreOneConnectionAPingEvery30SecondsAndBackoffFrom1SecondTo5Minutes() {
		SlackSocketModeOptions options = SlackSocketModeOptions.defaults();
		assertThat(options.connections()).isEqualTo(1);
		assertThat(options.pingInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.reconnectInitialBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(options.reconnectMaxBackoff()).isEqualTo(Duration.ofMinutes(5));
		assertThat(options.reconnectStablePeriod()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void connectionsAreBetweenOneAndTen() {
		assertThat(SlackSocketModeOptions.builder().connections(10).build().connections()).isEqualTo(10);
		assertThatIllegalArgumentException().isThrownBy(() -> SlackSocketModeOptions.builder().connections(0).build())
			.withMessageContaining("between 1 and 10");
		assertThatIllegalArgumentException().isThrownBy(() -> SlackSocketModeOptions.builder().connections(11).build())
			.withMessageContaining("between 1 and 10");
	}

	@Test
	void durationsAreChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackSocketModeOptions.builder().pingInterval(Duration.ZERO).build());
		assertThatIllegalArgumentException().isThrownBy(() -> SlackSocketModeOptions.builder()
			.reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1))
			.build());
		assertThat(SlackSocketModeOptions.defaults().toBuilder().connections(3).build())
			.isEqualTo(new SlackSocketModeOptions(3, Duration.ofSeconds(30), Duration.ofSeconds(1),
					Duration.ofMinutes(5), Duration.ofMinutes(1)));
	}

}
