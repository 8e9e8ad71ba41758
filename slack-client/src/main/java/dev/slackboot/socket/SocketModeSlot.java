package dev.slackboot.socket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.slackboot.support.ReconnectBackoff;
import dev.slackboot.web.SlackApiException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;

/**
 * One of the connections a Socket Mode client keeps open: opens it, replaces it when Slack asks for a refresh
 * (the new connection first, the old one closed once Slack said {@code hello} on the new one), and reopens it
 * after a loss with a backoff. At most one attempt to open a connection is in flight.
 */
final class SocketModeSlot implements SocketModeConnection.Listener {

	private static final Log logger = LogFactory.getLog(SlackSocketModeClient.class);

	private static final WebsocketClientSpec WEBSOCKET_SPEC = WebsocketClientSpec.builder()
		.maxFramePayloadLength(SlackSocketModeClient.MAX_INBOUND_FRAME_BYTES)
		.build();

	private final int index;

	private final Dependencies dependencies;

	private final ReconnectBackoff backoff;

	private final Sinks.One<Boolean> stopSignal = Sinks.one();

	private final Sinks.Empty<Void> terminated = Sinks.empty();

	private final Object monitor = new Object();

	private final Set<SocketModeConnection> connections = new HashSet<>();

	private @Nullable SocketModeConnection current;

	private boolean attempting;

	private int liveAttempts;

	private boolean stopped;

	SocketModeSlot(int index, Dependencies dependencies) {
		this.index = index;
		this.dependencies = dependencies;
		SlackSocketModeOptions options = dependencies.options();
		this.backoff = new ReconnectBackoff(options.reconnectInitialBackoff(), options.reconnectMaxBackoff());
	}

	/**
	 * Opens the connection.
	 */
	void start() {
		synchronized (this.monitor) {
			attempt(Duration.ZERO);
		}
	}

	/**
	 * Stops opening connections and closes the open ones with status 1000.
	 * @return completes once every connection is closed and no attempt is in flight
	 */
	Mono<Void> stop() {
		List<SocketModeConnection> open;
		synchronized (this.monitor) {
			if (!this.stopped) {
				this.stopped = true;
				this.current = null;
			}
			open = new ArrayList<>(this.connections);
		}
		this.stopSignal.tryEmitValue(Boolean.TRUE);
		open.forEach((connection) -> connection.close(SocketModeOutcome.Reason.STOPPED));
		checkTerminated();
		return this.terminated.asMono();
	}

	@Override
	public void hello(SocketModeConnection connection, JsonNode hello) {
		SocketModeConnection previous;
		synchronized (this.monitor) {
			if (this.stopped || !this.connections.contains(connection) || connection == this.current
					|| connection.isClosing()) {
				return;
			}
			this.attempting = false;
			previous = this.current;
			this.current = connection;
		}
		this.dependencies.status().opened(hello.path("connection_info").path("app_id").asString(null));
		if (previous != null) {
			if (previous.isRefreshRequested()) {
				this.dependencies.status().refreshed();
			}
			previous.retire();
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Socket Mode connection " + this.index + " open"
					+ ((previous != null) ? "; closing the one it replaces" : ""));
		}
	}

	@Override
	public void disconnect(SocketModeConnection connection, String reason) {
		switch (reason) {
			case "too_many_websockets" -> {
				logger.warn("Slack refused a Socket Mode connection: the app has too many connections open "
						+ "(too_many_websockets); is another instance of the app running? Backing off");
				connection.close(SocketModeOutcome.Reason.TOO_MANY_WEBSOCKETS);
			}
			case "link_disabled" -> connection.close(SocketModeOutcome.Reason.LINK_DISABLED);
			default -> {
				if (logger.isDebugEnabled()) {
					logger.debug("Slack asked to replace Socket Mode connection " + this.index + " (" + reason
							+ "); opening the new one first");
				}
				connection.refreshRequested();
				synchronized (this.monitor) {
					if (connection == this.current) {
						attempt(Duration.ZERO);
					}
				}
			}
		}
	}

	/**
	 * Starts an attempt after a delay, unless stopped or one is in flight; called holding the monitor.
	 * @return whether an attempt was started
	 */
	private boolean attempt(Duration delay) {
		if (this.stopped || this.attempting) {
			return false;
		}
		this.attempting = true;
		this.liveAttempts++;
		Mono.delay(delay, this.dependencies.scheduler())
			.then(Mono.defer(this.dependencies.url()))
			.takeUntilOther(this.stopSignal.asMono())
			.flatMap(this::connect)
			.doFinally((signal) -> attemptEnded())
			.subscribe(null, this::notConnected);
		return true;
	}

	private Mono<Void> connect(String url) {
		return this.dependencies.httpClient().websocket(WEBSOCKET_SPEC).uri(url).handle((inbound, outbound) -> {
			SocketModeConnection connection = new SocketModeConnection(inbound, outbound,
					this.dependencies.settings(), this);
			if (!register(connection)) {
				return outbound.sendClose(1000, "client stopped");
			}
			return connection.run().doOnNext((outcome) -> ended(connection, outcome)).then();
		}).then();
	}

	private boolean register(SocketModeConnection connection) {
		synchronized (this.monitor) {
			if (this.stopped) {
				return false;
			}
			this.connections.add(connection);
			return true;
		}
	}

	private void ended(SocketModeConnection connection, SocketModeOutcome outcome) {
		boolean greeted = connection.isGreeted();
		SocketModeOutcome.Reason reason = outcome.reason();
		Duration delay = null;
		synchronized (this.monitor) {
			this.connections.remove(connection);
			boolean wasCurrent = (this.current == connection);
			if (wasCurrent) {
				this.current = null;
			}
			if (!greeted) {
				this.attempting = false;
			}
			if (!this.stopped && reason != SocketModeOutcome.Reason.STOPPED
					&& reason != SocketModeOutcome.Reason.REPLACED && reason != SocketModeOutcome.Reason.LINK_DISABLED
					&& (wasCurrent || !greeted)) {
				if (greeted && outcome.connectedFor().compareTo(this.dependencies.options().reconnectStablePeriod()) >= 0) {
					this.backoff.reset();
				}
				Duration next = (connection.isRefreshRequested() && reason == SocketModeOutcome.Reason.DROPPED)
						? Duration.ZERO : this.backoff.next();
				delay = attempt(next) ? next : null;
			}
		}
		if (reason == SocketModeOutcome.Reason.LINK_DISABLED) {
			this.dependencies.failure().accept(outcome.failure(), "Slack disabled the app's Socket Mode "
					+ "connections (link_disabled): turn Socket Mode on in the app's settings, then start the client "
					+ "again");
		}
		if (greeted) {
			this.dependencies.status().closed();
		}
		if (delay != null) {
			this.dependencies.status().reconnecting(outcome.failure());
			if (logger.isInfoEnabled()) {
				logger.info("Socket Mode connection " + this.index + " " + describe(outcome) + "; reconnecting in "
						+ delay.toMillis() + " ms");
			}
		}
		checkTerminated();
	}

	private void notConnected(Throwable failure) {
		String advice = SocketModeFatalErrors.advice(failure);
		Duration delay = null;
		synchronized (this.monitor) {
			this.attempting = false;
			if (this.stopped) {
				return;
			}
			if (advice == null) {
				Duration retryAfter = (failure instanceof SlackApiException ex) ? ex.getRetryAfter() : null;
				Duration next = (retryAfter != null) ? retryAfter : this.backoff.next();
				delay = attempt(next) ? next : null;
			}
		}
		if (advice != null) {
			this.dependencies.failure().accept(failure, advice);
			return;
		}
		if (delay != null) {
			this.dependencies.status().reconnecting(failure);
			if (logger.isInfoEnabled()) {
				logger.info("Socket Mode connection " + this.index + " could not be opened (" + failure.getMessage()
						+ "); retrying in " + delay.toMillis() + " ms");
			}
		}
	}

	private void attemptEnded() {
		synchronized (this.monitor) {
			this.liveAttempts--;
		}
		checkTerminated();
	}

	private void checkTerminated() {
		boolean done;
		synchronized (this.monitor) {
			done = this.stopped && this.liveAttempts == 0;
		}
		if (done) {
			this.terminated.tryEmitEmpty();
		}
	}

	private static String describe(SocketModeOutcome outcome) {
		Throwable failure = outcome.failure();
		String reason = switch (outcome.reason()) {
			case DEAD -> "did not answer pings";
			case TOO_MANY_WEBSOCKETS -> "was refused (too_many_websockets)";
			default -> "was lost";
		};
		return (failure != null && outcome.reason() == SocketModeOutcome.Reason.DROPPED)
				? reason + " (" + failure.getMessage() + ")" : reason;
	}

	/**
	 * What a slot needs from its client.
	 *
	 * @param url asks Slack for a socket URL ({@code apps.connections.open})
	 * @param httpClient opens the WebSockets
	 * @param settings the settings of each connection
	 * @param options the client's options
	 * @param status the client's status
	 * @param scheduler runs the delays
	 * @param failure told when Slack refused the app for good, with what to do about it
	 */
	record Dependencies(Supplier<Mono<String>> url, HttpClient httpClient, SocketModeConnection.Settings settings,
			SlackSocketModeOptions options, SocketModeStatusTracker status, Scheduler scheduler,
			BiConsumer<@Nullable Throwable, String> failure) {

	}

}
