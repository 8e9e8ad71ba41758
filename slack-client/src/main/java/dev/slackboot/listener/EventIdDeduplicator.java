package dev.slackboot.listener;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.util.Assert;

/**
 * Remembers event IDs for a while, to drop redeliveries. Bounded in time (entries expire) and in size (the
 * oldest entries are forgotten first).
 */
final class EventIdDeduplicator {

	private final long ttlNanos;

	private final int maxSize;

	private final LongSupplier nanoClock;

	private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

	EventIdDeduplicator(Duration ttl, int maxSize) {
		this(ttl, maxSize, System::nanoTime);
	}

	EventIdDeduplicator(Duration ttl, int maxSize, LongSupplier nanoClock) {
		Assert.isTrue(!ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.isTrue(maxSize > 0, "maxSize must be positive");
		this.ttlNanos = ttl.toNanos();
		this.maxSize = maxSize;
		this.nanoClock = nanoClock;
	}

	/**
	 * Records an event ID and tells whether it is new.
	 * @param eventId the event ID
	 * @return {@code true} the first time an ID is seen within the time to live
	 */
	synchronized boolean firstDelivery(String eventId) {
		long now = this.nanoClock.getAsLong();
		evictExpired(now);
		if (this.expiries.putIfAbsent(eventId, now + this.ttlNanos) != null) {
			return false;
		}
		if (this.expiries.size() > this.maxSize) {
			Iterator<String> oldest = this.expiries.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	synchronized int size() {
		return this.expiries.size();
	}

	private void evictExpired(long now) {
		Iterator<Map.Entry<String, Long>> entries = this.expiries.entrySet().iterator();
		while (entries.hasNext()) {
			if (entries.next().getValue() - now > 0) {
				return;
			}
			entries.remove();
		}
	}

}
