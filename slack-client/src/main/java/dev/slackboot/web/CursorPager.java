package dev.slackboot.web;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * Turns a cursor-paginated method into a {@link Flux} over the items of all pages. A page is fetched only
 * when the subscriber demands an item that the pages fetched so far do not hold, so a subscriber that takes
 * the first ten items of a long list costs one call.
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 */
final class CursorPager<P extends SlackApiResponse, T> {

	private final FluxSink<T> sink;

	private final Function<@Nullable String, Mono<P>> fetch;

	private final Function<P, @Nullable List<T>> itemsOf;

	private final Queue<T> items = new ConcurrentLinkedQueue<>();

	private final AtomicInteger wip = new AtomicInteger();

	private volatile @Nullable String cursor;

	private volatile boolean fetching;

	private volatile boolean lastPageReceived;

	private volatile @Nullable Disposable inFlight;

	private CursorPager(FluxSink<T> sink, Function<@Nullable String, Mono<P>> fetch,
			Function<P, @Nullable List<T>> itemsOf) {
		this.sink = sink;
		this.fetch = fetch;
		this.itemsOf = itemsOf;
	}

	/**
	 * Returns the items of all pages.
	 * @param fetch fetches the page at a cursor ({@code null} for the first page)
	 * @param itemsOf extracts the items of a page
	 * @return the items, fetched page by page on demand
	 */
	static <P extends SlackApiResponse, T> Flux<T> items(Function<@Nullable String, Mono<P>> fetch,
			Function<P, @Nullable List<T>> itemsOf) {
		return Flux.create((sink) -> {
			CursorPager<P, T> pager = new CursorPager<>(sink, fetch, itemsOf);
			sink.onRequest((n) -> pager.drain());
			sink.onDispose(pager::cancel);
		});
	}

	private void drain() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			while (this.sink.requestedFromDownstream() > 0 && !this.sink.isCancelled()) {
				T item = this.items.poll();
				if (item == null) {
					break;
				}
				this.sink.next(item);
			}
			if (this.items.isEmpty() && !this.sink.isCancelled()) {
				if (this.lastPageReceived) {
					this.sink.complete();
				}
				else if (!this.fetching && this.sink.requestedFromDownstream() > 0) {
					this.fetching = true;
					this.inFlight = this.fetch.apply(this.cursor)
						.switchIfEmpty(Mono.error(() -> new IllegalStateException("Slack returned no page")))
						.subscribe(this::onPage, this.sink::error);
				}
			}
			missed = this.wip.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private void onPage(P page) {
		List<T> pageItems = this.itemsOf.apply(page);
		if (pageItems != null) {
			this.items.addAll(pageItems);
		}
		this.cursor = page.nextCursor();
		this.lastPageReceived = (this.cursor == null);
		this.fetching = false;
		drain();
	}

	private void cancel() {
		Disposable current = this.inFlight;
		if (current != null) {
			current.dispose();
		}
	}

}
