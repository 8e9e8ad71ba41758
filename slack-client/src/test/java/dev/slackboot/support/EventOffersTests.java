package dev.slackboot.support;

import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.listener.SlackEventRejectedException;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EventOffers}: what a transport does with each answer of its handler's {@code offer}.
 */
class EventOffersTests {

	private static final Log logger = LogFactory.getLog(EventOffersTests.class);

	private final SlackEvent event = new SlackEvent("message", null, "C1", "U1", null, "T1", null, SlackTransport.RTM,
			null, 0, null, JsonMapper.builder().build().createObjectNode(),
			JsonMapper.builder().build().createObjectNode());

	@Test
	void takenOrNotIsTheHandlersAnswer() {
		assertThat(EventOffers.offer(handler((event) -> true), this.event, logger, "it is skipped")).isTrue();
		assertThat(EventOffers.offer(handler((event) -> false), this.event, logger, "it is skipped")).isFalse();
	}

	@Test
	void withoutHandlerTheEventIsDropped() {
		assertThat(EventOffers.offer(null, this.event, logger, "it is skipped")).isTrue();
	}

	@Test
	void rejectionIsLeftToHandleAndOtherFailuresSkipTheEvent() {
		assertThat(EventOffers.offer(handler((event) -> {
			throw new SlackEventRejectedException("stopped");
		}), this.event, logger, "it is skipped")).isFalse();
		assertThat(EventOffers.offer(handler((event) -> {
			throw new IllegalStateException("boom");
		}), this.event, logger, "it is skipped")).isTrue();
	}

	private static SlackEventHandler handler(Offer offer) {
		return new SlackEventHandler() {

			@Override
			public Mono<Void> handle(SlackEvent event) {
				return Mono.empty();
			}

			@Override
			public boolean offer(SlackEvent event) {
				return offer.offer(event);
			}

		};
	}

	@FunctionalInterface
	private interface Offer {

		boolean offer(SlackEvent event);

	}

}
