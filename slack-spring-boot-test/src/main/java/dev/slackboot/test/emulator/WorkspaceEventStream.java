package dev.slackboot.test.emulator;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of the {@link Workspace} as Server-Sent Events, for the web page: each event is one
 * {@code data:} line holding the event's JSON as RTM sends it, whatever its audience (the page sees the whole
 * workspace). A connection starts with {@code {"type":"hello"}} and gets a comment every 15 seconds while
 * nothing happens. A reader that falls {@value #BUFFER} events behind is disconnected rather than skipped, so
 * that the browser reconnects and reads the workspace afresh.
 */
final class WorkspaceEventStream {

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private static final int BUFFER = 256;

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private static final String HELLO = "retry: 1000\ndata: {\"type\":\"hello\"}\n\n";

	private static final String KEEP_ALIVE_COMMENT = ": keep-alive\n\n";

	private final Workspace workspace;

	private final JsonMapper mapper;

	private final Set<Sinks.Many<String>> readers = ConcurrentHashMap.newKeySet();

	WorkspaceEventStream(Workspace workspace, JsonMapper mapper) {
		this.workspace = workspace;
		this.mapper = mapper;
		workspace.addListener(this::publish);
	}

	/**
	 * Returns the stream of one reader, in the {@code text/event-stream} format.
	 * @return the events, ending when the emulator stops or the reader falls behind
	 */
	Flux<String> connect() {
		return Flux.defer(() -> {
			Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<String>get(BUFFER).get());
			this.readers.add(sink);
			Flux<String> events = sink.asFlux().doFinally((signal) -> this.readers.remove(sink));
			return Flux.concat(Flux.just(HELLO), events.publish((shared) -> Flux.merge(shared,
					Flux.interval(KEEP_ALIVE).map((tick) -> KEEP_ALIVE_COMMENT).takeUntilOther(shared.then()))));
		});
	}

	/**
	 * Ends every reader's stream.
	 */
	void stop() {
		this.workspace.locked(() -> {
			this.readers.forEach(Sinks.Many::tryEmitComplete);
			return this.readers.size();
		});
	}

	private void publish(WorkspaceEvent event) {
		if (this.readers.isEmpty()) {
			return;
		}
		String frame = "data: " + this.mapper.writeValueAsString(event.event()) + "\n\n";
		for (Sinks.Many<String> reader : this.readers) {
			if (reader.tryEmitNext(frame).isFailure()) {
				logger.debug("Disconnected a web page that fell behind the workspace's events");
				reader.tryEmitComplete();
			}
		}
	}

}
