package dev.slackboot.metrics;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;

import dev.slackboot.events.EventsApiTestServer;
import dev.slackboot.events.SlackEventsApiHandler;
import dev.slackboot.events.SlackRequestVerifier;
import dev.slackboot.listener.SlackEventHandler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackEventsApiMeterBinder}.
 */
class SlackEventsApiMeterBinderTests {

	private static final String EVENT = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\","
			+ "\"event\":{\"type\":\"message\",\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"hi\"}}";

	@Test
	void countsAcceptedRetriesAndSignatureFailuresByReason() {
		SlackEventHandler accepting = (event) -> Mono.empty();
		SlackEventsApiHandler handler = SlackEventsApiHandler.builder()
			.signingSecret(EventsApiTestServer.SIGNING_SECRET)
			.eventHandler(accepting)
			.build();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new SlackEventsApiMeterBinder(handler, Tags.of("app", "bot")).bindTo(registry);
		assertThat(registry.find(SlackEventsApiMeterBinder.SIGNATURE_FAILURES).functionCounters()).hasSize(6);
		try (EventsApiTestServer server = EventsApiTestServer.start(handler)) {
			server.postJson(EVENT);
			server.postJson(EVENT, Map.of(SlackEventsApiHandler.RETRY_NUM_HEADER, "1"));
			server.post("application/json", BodyPublishers.ofString(EVENT), Map.of());
			server.post("application/json", BodyPublishers.ofString(EVENT),
					Map.of(SlackRequestVerifier.TIMESTAMP_HEADER, "1", SlackRequestVerifier.SIGNATURE_HEADER, "v0=0"));
		}
		assertThat(counter(registry, SlackEventsApiMeterBinder.ACCEPTED, Tags.of("app", "bot"))).isEqualTo(2);
		assertThat(counter(registry, SlackEventsApiMeterBinder.RETRIES, Tags.empty())).isEqualTo(1);
		assertThat(counter(registry, SlackEventsApiMeterBinder.SIGNATURE_FAILURES,
				Tags.of("reason", "missing_signature")))
			.isEqualTo(1);
		assertThat(counter(registry, SlackEventsApiMeterBinder.SIGNATURE_FAILURES,
				Tags.of("reason", "stale_timestamp")))
			.isEqualTo(1);
		assertThat(counter(registry, SlackEventsApiMeterBinder.SIGNATURE_FAILURES,
				Tags.of("reason", "signature_mismatch")))
			.isZero();
	}

	private static double counter(SimpleMeterRegistry registry, String name, Tags tags) {
		FunctionCounter counter = registry.get(name).tags(tags).functionCounter();
		return counter.count();
	}

}
