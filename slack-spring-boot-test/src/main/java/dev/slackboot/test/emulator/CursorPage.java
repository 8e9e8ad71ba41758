package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a cursor-paginated answer. The cursor names the first item of the next page (Base64, as Slack's
 * cursors look), so pages stay right while items are added.
 *
 * @param items the items of the page
 * @param nextCursor the cursor of the next page, {@code null} on the last page
 * @param <T> the item type
 */
record CursorPage<T>(List<T> items, @Nullable String nextCursor) {

	private static final String PREFIX = "next:";

	/**
	 * Returns the page a call asks for with its {@code cursor} and {@code limit}.
	 * @param all all items, in answer order
	 * @param key the key of an item, unique within the list
	 * @param call the call
	 * @param defaultLimit the page size when the call gives no limit (or 0)
	 * @param maxLimit the largest page size
	 * @return the page
	 * @throws ApiException {@code invalid_cursor} for a cursor this list did not give, {@code invalid_limit}
	 * for a negative limit
	 */
	static <T> CursorPage<T> of(List<T> all, Function<T, String> key, ApiCall call, int defaultLimit,
			int maxLimit) {
		Long requested = call.number("limit");
		if (requested != null && requested < 0) {
			throw new ApiException("invalid_limit");
		}
		int limit = (requested == null || requested == 0) ? defaultLimit : (int) Math.min(requested, maxLimit);
		int start = start(all, key, call.param("cursor"));
		int end = Math.min(all.size(), start + limit);
		String next = (end < all.size()) ? encode(key.apply(all.get(end))) : null;
		return new CursorPage<>(List.copyOf(all.subList(start, end)), next);
	}

	private static <T> int start(List<T> all, Function<T, String> key, @Nullable String cursor) {
		if (cursor == null) {
			return 0;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException("invalid_cursor");
		}
		if (decoded.startsWith(PREFIX)) {
			String first = decoded.substring(PREFIX.length());
			for (int i = 0; i < all.size(); i++) {
				if (key.apply(all.get(i)).equals(first)) {
					return i;
				}
			}
		}
		throw new ApiException("invalid_cursor");
	}

	private static String encode(String key) {
		return Base64.getEncoder().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Whether another page follows.
	 * @return {@code true} unless this is the last page
	 */
	boolean hasMore() {
		return this.nextCursor != null;
	}

	/**
	 * Writes {@code response_metadata.next_cursor}, empty on the last page, as Slack's list methods do.
	 * @param answer the answer
	 */
	void writeCursor(ObjectNode answer) {
		answer.putObject("response_metadata").put("next_cursor", (this.nextCursor != null) ? this.nextCursor : "");
	}

}
