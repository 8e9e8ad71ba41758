package dev.slackboot.socket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.listener.SlackEventRejectedException;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.support.EventOffers;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * Client of Slack's Socket Mode: receives an app's events, slash commands and interactions over WebSockets the
 * app opens, so that it needs no public HTTP endpoint.
 *
 * <p>
 * {@link #start()} asks Slack for a socket URL with {@code apps.connections.open} (called with the Web API
 * client's app-level token, {@code xapp-}) and opens {@link SlackSocketModeOptions#connections()} WebSockets;
 * Slack spreads the envelopes over them. Each envelope becomes a {@link SlackEvent} (transport
 * {@code SOCKET_MODE}, its envelope ID, {@code retry_attempt} and {@code retry_reason}) handed to the
 * {@link SlackEventHandler}, and is acknowledged ({@code {"envelope_id":"..."}}) as soon as the handler accepted
 * it, not once listeners ran: with a dispatcher that queues events, the acknowledgement leaves within
 * milliseconds, well inside Slack's 3 seconds, however slow the listeners are. The next frame of a connection is
 * read only once the handler accepted the previous envelope, so a full dispatcher queue slows the reading instead
 * of filling memory. An envelope the handler refuses with {@link SlackEventRejectedException} (dispatcher
 * stopped) is not acknowledged, so Slack delivers it again; any other handler failure is logged and the envelope
 * acknowledged. The handler is called on a Reactor Netty event loop and must not block.
 *
 * <p>
 * The envelopes become events as follows:
 * <ul>
 * <li>{@code events_api}: the inner event of the {@code event_callback}: its {@code type}, {@code subtype},
 * {@code channel}, {@code user}, {@code bot_id} and {@code team}, and the callback's {@code event_id}, by which
 * the dispatcher drops Slack's redeliveries;</li>
 * <li>{@code slash_commands}: type {@code slash_commands}, the command (e.g. {@code /weather}) as subtype, the
 * command's fields as the event ({@code text}, {@code user_id}, {@code channel_id}, {@code response_url},
 * {@code trigger_id}, ...): {@code @SlackEventListener(value = "slash_commands", subtype = "/weather")}, and a
 * {@code pattern} applies to the command's text;</li>
 * <li>{@code interactive}: the payload's type ({@code block_actions}, {@code block_suggestion},
 * {@code view_submission}, {@code view_closed}, {@code shortcut}, {@code message_action}) as type, and as subtype
 * the {@code action_id} of the action ({@code block_actions}, {@code block_suggestion}) or the
 * {@code callback_id} of the view or shortcut: {@code @SlackEventListener(value = "block_actions", subtype =
 * "approve")};</li>
 * <li>any other envelope type: that type, with the payload as the event.</li>
 * </ul>
 * In every case {@link SlackEvent#payload()} is the whole envelope. Slash commands and interactions are
 * acknowledged without a response payload: answer them through their {@code response_url} or the Web API.
 *
 * <p>
 * Slack's {@code disconnect} frames are handled by reason: on {@code refresh_requested} and {@code warning} the
 * client opens the new connection first and closes the old one once Slack said {@code hello} on the new one and
 * the envelope being handed over (if any) was acknowledged, so that no envelope waits for a connection; on
 * {@code too_many_websockets} it closes the connection and reopens it after a backoff; on {@code link_disabled}
 * it stops and goes to {@link SlackSocketModeState#FAILED}.
 *
 * <p>
 * Each connection is kept alive with a WebSocket ping every {@link SlackSocketModeOptions#pingInterval()}; one
 * that shows no sign of life for three intervals is closed and replaced. A lost connection is reopened after an
 * exponential backoff with full jitter that starts over once a connection stayed up for
 * {@link SlackSocketModeOptions#reconnectStablePeriod()}, or after {@code Retry-After} when
 * {@code apps.connections.open} was rate limited; at most one attempt per connection is in flight. When Slack
 * refuses the app-level token ({@code invalid_auth}, {@code not_authed}, {@code token_revoked},
 * {@code not_allowed_token_type}, ...) the client logs what to do and goes to {@link SlackSocketModeState#FAILED}.
 * Instances are thread-safe.
 */
public final class SlackSocketModeClient {

	/**
	 * The largest frame the client accepts from Slack.
	 */
	static final int MAX_INBOUND_FRAME_BYTES = 16 * 1024 * 1024;

	private static final Log logger = LogFactory.getLog(SlackSocketModeClient.class);

	private final SlackWebClient webClient;

	private final SlackSocketModeOptions options;

	private final HttpClient httpClient;

	private final JsonMapper jsonMapper;

	private final SocketModeStatusTracker status;

	private final SlackSocketModeMetrics metrics = new SlackSocketModeMetrics();

	private final Scheduler scheduler = Schedulers.parallel();

	private final Object monitor = new Object();

	private volatile @Nullable SlackEventHandler eventHandler;

	private @Nullable List<SocketModeSlot> run;

	private SlackSocketModeClient(SlackWebClient webClient, SlackSocketModeOptions options, HttpClient httpClient,
			JsonMapper jsonMapper, @Nullable SlackEventHandler eventHandler) {
		this.webClient = webClient;
		this.options = options;
		this.httpClient = httpClient;
		this.jsonMapper = jsonMapper;
		this.status = new SocketModeStatusTracker(options.connections());
		this.eventHandler = eventHandler;
	}

	/**
	 * Returns a builder of a client that opens its connections with the given Web API client's app-level token.
	 * @param webClient the Web API client that calls {@code apps.connections.open}; it needs an app-level token
	 * ({@link SlackWebClient.Builder#appToken(String)})
	 * @return a new builder
	 */
	public static Builder builder(SlackWebClient webClient) {
		return new Builder(webClient);
	}

	/**
	 * Sets the handler that receives the events; takes effect for the next envelope.
	 * @param eventHandler the handler
	 */
	public void setEventHandler(SlackEventHandler eventHandler) {
		Assert.notNull(eventHandler, "eventHandler must not be null");
		this.eventHandler = eventHandler;
	}

	/**
	 * Returns the options.
	 * @return the options
	 */
	public SlackSocketModeOptions getOptions() {
		return this.options;
	}

	/**
	 * Connects to Slack and keeps connected until {@link #stop()}. Returns at once; the state tells when a
	 * connection is open. Does nothing when already started.
	 * @throws IllegalStateException when no event handler is set
	 */
	public void start() {
		List<SocketModeSlot> slots = new ArrayList<>();
		synchronized (this.monitor) {
			if (this.run != null) {
				return;
			}
			Assert.state(this.eventHandler != null,
					"An event handler is needed to start the Socket Mode client: set one with setEventHandler(...)");
			for (int i = 0; i < this.options.connections(); i++) {
				slots.add(new SocketModeSlot(i + 1, dependencies(slots)));
			}
			this.run = slots;
			this.status.connecting();
		}
		logger.info("Starting the Slack Socket Mode client (" + this.options.connections() + " connection"
				+ ((this.options.connections() != 1) ? "s" : "") + ")");
		slots.forEach(SocketModeSlot::start);
	}

	/**
	 * Stops reading, closes the connections with status 1000 and does not reconnect. Envelopes read but not yet
	 * acknowledged are delivered again by Slack. Returns at once. The client can be started again.
	 */
	public void stop() {
		stop(() -> {
		});
	}

	/**
	 * Stops like {@link #stop()} and runs the callback once every connection is closed.
	 * @param callback run once stopped
	 */
	public void stop(Runnable callback) {
		List<SocketModeSlot> slots;
		synchronized (this.monitor) {
			slots = this.run;
			if (slots != null) {
				this.run = null;
				this.status.stopped();
			}
		}
		if (slots == null) {
			callback.run();
			return;
		}
		logger.info("Stopping the Slack Socket Mode client");
		Mono.when(slots.stream().map(SocketModeSlot::stop).toList())
			.subscribe(null, (ex) -> callback.run(), callback);
	}

	/**
	 * Returns whether the client was started and not stopped (nor failed).
	 * @return whether it is running
	 */
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.run != null;
		}
	}

	/**
	 * Returns the state.
	 * @return the state
	 */
	public SlackSocketModeState getState() {
		return this.status.state();
	}

	/**
	 * Returns a snapshot of the state, the connections and the last failure, read from memory.
	 * @return the status
	 */
	public SlackSocketModeStatus getStatus() {
		return this.status.snapshot();
	}

	/**
	 * Returns the counters of envelopes, acknowledgements and redeliveries.
	 * @return the metrics
	 */
	public SlackSocketModeMetrics getMetrics() {
		return this.metrics;
	}

	/**
	 * Registers a listener that is called, on the thread that made the change, whenever the state changes, a
	 * connection opens or closes, or the client reconnects. It must return quickly.
	 * @param listener the listener
	 */
	public void addStatusListener(Consumer<SlackSocketModeStatus> listener) {
		Assert.notNull(listener, "listener must not be null");
		this.status.addListener(listener);
	}

	/**
	 * Removes a status listener.
	 * @param listener the listener
	 */
	public void removeStatusListener(Consumer<SlackSocketModeStatus> listener) {
		this.status.removeListener(listener);
	}

	@Override
	public String toString() {
		SlackSocketModeStatus status = getStatus();
		return "SlackSocketModeClient[state=" + status.state() + ", connections=" + status.openConnections() + "/"
				+ status.connections() + ", app=" + status.appId() + "]";
	}

	private SocketModeSlot.Dependencies dependencies(List<SocketModeSlot> slots) {
		SocketModeConnection.Settings settings = new SocketModeConnection.Settings(this::offer, this::deliver,
				this.status::pong, this.jsonMapper, this.metrics, this.options.pingInterval(), this.scheduler);
		return new SocketModeSlot.Dependencies(this::openUrl, this.httpClient, settings, this.options, this.status,
				this.scheduler, (failure, advice) -> failed(slots, failure, advice));
	}

	private Mono<String> openUrl() {
		return this.webClient.apps().connectionsOpen().map((response) -> {
			String url = response.url();
			if (url == null || url.isBlank()) {
				throw new SlackSocketModeException("Slack answered apps.connections.open without a socket URL");
			}
			return url;
		});
	}

	private void failed(List<SocketModeSlot> slots, @Nullable Throwable failure, String advice) {
		synchronized (this.monitor) {
			if (this.run != slots) {
				return;
			}
			this.run = null;
			this.status.failed((failure != null) ? failure : new SlackSocketModeException(advice));
		}
		logger.error("Slack refused the Socket Mode connection" + ((failure != null) ? " (" + failure.getMessage()
				+ ")" : "") + ". " + advice + ". The Socket Mode client stopped and does not reconnect; start it "
				+ "again once fixed.");
		slots.forEach(SocketModeSlot::stop);
	}

	private boolean offer(SlackEvent event) {
		return EventOffers.offer(this.eventHandler, event, logger, "it is acknowledged and skipped");
	}

	private Mono<Void> deliver(SlackEvent event) {
		SlackEventHandler handler = this.eventHandler;
		if (handler == null) {
			return Mono.empty();
		}
		return Mono.defer(() -> handler.handle(event))
			.onErrorResume((ex) -> !(ex instanceof SlackEventRejectedException), (ex) -> {
				logger.warn("The event handler did not accept " + event + "; it is acknowledged and skipped", ex);
				return Mono.empty();
			});
	}

	/**
	 * Builds a {@link SlackSocketModeClient}.
	 */
	public static final class Builder {

		private final SlackWebClient webClient;

		private SlackSocketModeOptions options = SlackSocketModeOptions.defaults();

		private @Nullable HttpClient httpClient;

		private @Nullable JsonMapper jsonMapper;

		private @Nullable SlackEventHandler eventHandler;

		private Builder(SlackWebClient webClient) {
			Assert.notNull(webClient, "webClient must not be null");
			this.webClient = webClient;
		}

		/**
		 * Sets the options; {@link SlackSocketModeOptions#defaults()} by default.
		 * @param options the options
		 * @return this builder
		 */
		public Builder options(SlackSocketModeOptions options) {
			Assert.notNull(options, "options must not be null");
			this.options = options;
			return this;
		}

		/**
		 * Sets the handler that receives the events; it can also be set later with
		 * {@link SlackSocketModeClient#setEventHandler(SlackEventHandler)}.
		 * @param eventHandler the handler
		 * @return this builder
		 */
		public Builder eventHandler(SlackEventHandler eventHandler) {
			this.eventHandler = eventHandler;
			return this;
		}

		/**
		 * Sets the Reactor Netty client that opens the WebSockets, to configure a proxy or TLS; a default client
		 * otherwise.
		 * @param httpClient the client
		 * @return this builder
		 */
		public Builder httpClient(HttpClient httpClient) {
			this.httpClient = httpClient;
			return this;
		}

		/**
		 * Sets the mapper that reads and writes frames; a plain {@link JsonMapper} by default.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Builds the client, stopped.
		 * @return the client
		 */
		public SlackSocketModeClient build() {
			return new SlackSocketModeClient(this.webClient, this.options,
					(this.httpClient != null) ? this.httpClient : HttpClient.create(),
					(this.jsonMapper != null) ? this.jsonMapper : JsonMapper.builder().build(), this.eventHandler);
		}

	}

}
