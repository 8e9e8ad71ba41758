package dev.slackboot.rtm;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SlackRtmOptions} and {@link RtmConnectMethod}.
 */
class SlackRtmOptionsTests {

	@Test
	void defaultsFollowSlacksGuidance() {
		SlackRtmOptions options = SlackRtmOptions.defaults();
		assertThat(options.connectMethod()).isEqualTo(RtmConnectMethod.CONNECT);
		assertThat(options.pingInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.reconnectInitialBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(options.reconnectMaxBackoff()).isEqualTo(Duration.ofMinutes(5));
		assertThat(options.reconnectStablePeriod()).isEqualTo(Duration.ofMinutes(1));
		assertThat(options.sendInterval()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void builderChangesOnlyWhatIsSet() {
		SlackRtmOptions options = SlackRtmOptions.builder().pingInterval(Duration.ofSeconds(10)).build();
		assertThat(options)
			.isEqualTo(SlackRtmOptions.defaults().toBuilder().pingInterval(Duration.ofSeconds(10)).build());
		assertThat(options.sendInterval()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void invalidValuesAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackRtmOptions.builder().pingInterval(Duration.ZERO).build())
			.withMessageContaining("pingInterval");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackRtmOptions.builder()
				.reconnectBackoff(Duration.ofSeconds(10), Duration.ofSeconds(1))
				.build())
			.withMessageContaining("reconnectMaxBackoff");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SlackRtmOptions.builder().sendInterval(Duration.ofMillis(-1)).build())
			.withMessageContaining("sendInterval");
	}

	@Test
	void connectMethodIsReadFromItsName() {
		assertThat(RtmConnectMethod.of("rtm.connect")).isEqualTo(RtmConnectMethod.CONNECT);
		assertThat(RtmConnectMethod.of("RTM.START")).isEqualTo(RtmConnectMethod.START);
		assertThat(RtmConnectMethod.of("start")).isEqualTo(RtmConnectMethod.START);
		assertThatIllegalArgumentException().isThrownBy(() -> RtmConnectMethod.of("rtm.open"))
			.withMessageContaining("rtm.connect");
	}

}
