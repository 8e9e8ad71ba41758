package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.slackboot.web.SlackMethod;
import dev.slackboot.web.SlackMethodCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Slack's rate limits, when enabled: per token and method, the calls per minute of the method's tier (Tier 1: 1,
 * Tier 2: 20, Tier 3: 50, Tier 4: 100; special and undocumented tiers unlimited), and one
 * {@code chat.postMessage} per second per channel. Counted over sliding windows; refused calls do not count.
 */
final class RateLimiter {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Duration SECOND = Duration.ofSeconds(1);

	private final SlackMethodCatalog catalog = SlackMethodCatalog.standard();

	private final LongSupplier nanoClock;

	private final Map<String, Deque<Long>> windows = new HashMap<>();

	private volatile boolean enabled;

	RateLimiter(boolean enabled) {
		this(enabled, System::nanoTime);
	}

	RateLimiter(boolean enabled, LongSupplier nanoClock) {
		this.enabled = enabled;
		this.nanoClock = nanoClock;
	}

	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Counts a call if the limits allow it.
	 * @param caller the token's grant
	 * @param method the method
	 * @param channel the channel argument, for {@code chat.postMessage}'s per-channel limit
	 * @return {@code null} when allowed, else how long to wait ({@code Retry-After})
	 */
	synchronized @Nullable Duration acquire(TokenGrant caller, String method, @Nullable String channel) {
		if (!this.enabled) {
			return null;
		}
		long now = this.nanoClock.getAsLong();
		String channelKey = ("chat.postMessage".equals(method) && channel != null) ? "channel " + channel : null;
		int perMinute = perMinute(method);
		String methodKey = (perMinute > 0) ? method + " " + caller.token() : null;
		Duration wait = null;
		if (channelKey != null) {
			wait = waitFor(channelKey, 1, SECOND, now);
		}
		if (wait == null && methodKey != null) {
			wait = waitFor(methodKey, perMinute, MINUTE, now);
		}
		if (wait != null) {
			return wait;
		}
		if (channelKey != null) {
			this.windows.get(channelKey).addLast(now);
		}
		if (methodKey != null) {
			this.windows.get(methodKey).addLast(now);
		}
		return null;
	}

	private int perMinute(String method) {
		SlackMethod described = this.catalog.find(method);
		String tier = (described != null) ? described.rateLimitTier() : "-";
		return switch (tier) {
			case "t1" -> 1;
			case "t2" -> 20;
			case "t3" -> 50;
			case "t4" -> 100;
			default -> 0;
		};
	}

	private @Nullable Duration waitFor(String key, int limit, Duration window, long now) {
		Deque<Long> calls = this.windows.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		long windowNanos = window.toNanos();
		while (!calls.isEmpty() && now - calls.peekFirst() >= windowNanos) {
			calls.removeFirst();
		}
		if (calls.size() < limit) {
			return null;
		}
		long nanos = calls.peekFirst() + windowNanos - now;
		return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
	}

}
