package dev.slackboot.listener;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event IDs are remembered for a time to live and up to a number of IDs.
 */
class EventIdDeduplicatorTests {

	private final AtomicLong now = new AtomicLong();

	@Test
	void idIsADuplicateWithinItsTimeToLiveOnly() {
		EventIdDeduplicator deduplicator = new EventIdDeduplicator(Duration.ofMinutes(10), 100, this.now::get);
		assertThat(deduplicator.firstDelivery("Ev1")).isTrue();
		this.now.addAndGet(Duration.ofMinutes(9).toNanos());
		assertThat(deduplicator.firstDelivery("Ev1")).isFalse();
		this.now.addAndGet(Duration.ofMinutes(2).toNanos());
		assertThat(deduplicator.firstDelivery("Ev1")).isTrue();
	}

	@Test
	void oldestIdsAreForgottenBeyondCapacity() {
		EventIdDeduplicator deduplicator = new EventIdDeduplicator(Duration.ofMinutes(10), 2, this.now::get);
		deduplicator.firstDelivery("Ev1");
		deduplicator.firstDelivery("Ev2");
		deduplicator.firstDelivery("Ev3");
		assertThat(deduplicator.size()).isEqualTo(2);
		assertThat(deduplicator.firstDelivery("Ev3")).isFalse();
		assertThat(deduplicator.firstDelivery("Ev1")).isTrue();
	}

	@Test
	void expiredIdsDoNotPileUp() {
		EventIdDeduplicator deduplicator = new EventIdDeduplicator(Duration.ofSeconds(1), 1000, this.now::get);
		for (int i = 0; i < 100; i++) {
			deduplicator.firstDelivery("Ev" + i);
			this.now.addAndGet(Duration.ofMillis(600).toNanos());
		}
		assertThat(deduplicator.size()).isLessThanOrEqualTo(2);
	}

}
