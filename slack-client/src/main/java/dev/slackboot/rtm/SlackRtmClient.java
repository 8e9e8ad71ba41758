package dev.slackboot.rtm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.support.EventOffers;
import dev.slackboot.support.ReconnectBackoff;
import dev.slackboot.web.SlackApiException;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * Client of Slack's Real Time Messaging API, as Slack's Python SDK {@code RTMClient} shapes it.
 *
 * <p>
 * {@link #start()} asks Slack for a socket URL with {@code rtm.connect} (or {@code rtm.start}), opens the
 * WebSocket and hands every event to the {@link SlackEventHandler}, one at a time: the next frame is read only
 * once the handler accepted the previous event, so a slow handler slows the reading instead of filling memory.
 * The handler also receives the pseudo-events {@code open} (carrying the connect answer: {@code self},
 * {@code team}), {@code close} and {@code error}. Replies, pongs and {@code hello} are handled internally. The
 * handler is called on a Reactor Netty event loop and must not block: it returns a {@link Mono} that completes
 * once it accepted the event.
 *
 * <p>
 * The connection is kept alive with a ping every {@link SlackRtmOptions#pingInterval()}; one that gets no pong
 * for three intervals is closed. Unless stopped, the client reconnects: at once after Slack's {@code goodbye},
 * after {@code Retry-After} when {@code rtm.connect} was rate limited, and otherwise after an exponential
 * backoff with full jitter that starts over once a connection stayed up for
 * {@link SlackRtmOptions#reconnectStablePeriod()}. Only one attempt is ever in flight. When Slack refuses the
 * token ({@code invalid_auth}, {@code account_inactive}, {@code token_revoked},
 * {@code not_allowed_token_type}) the client logs what to do and goes to {@link SlackRtmState#FAILED}.
 *
 * <p>
 * {@link #send(String, String)} posts a message over the socket, paced to one per
 * {@link SlackRtmOptions#sendInterval()} (Slack allows one per second); messages wait in order while the client
 * reconnects and are never dropped. Instances are thread-safe.
 */
public final class SlackRtmClient {

	/**
	 * The largest frame the client sends: Slack refuses messages over 16 KB.
	 */
	public static final int MAX_MESSAGE_BYTES = 16 * 1024;

	/**
	 * The largest frame the client accepts from Slack.
	 */
	static final int MAX_INBOUND_FRAME_BYTES = 16 * 1024 * 1024;

	private static final Log logger = LogFactory.getLog(SlackRtmClient.class);

	private static final WebsocketClientSpec WEBSOCKET_SPEC = WebsocketClientSpec.builder()
		.maxFramePayloadLength(MAX_INBOUND_FRAME_BYTES)
		.build();

	private final SlackRtmOptions options;

	private final HttpClient httpClient;

	private final JsonMapper jsonMapper;

	private final RtmConnector connector;

	private final RtmEvents events;

	private final ReconnectBackoff backoff;

	private final OutboundPacer pacer;

	private final RtmStatusTracker status = new RtmStatusTracker();

	private final Scheduler scheduler = Schedulers.parallel();

	private final AtomicLong ids = new AtomicLong();

	private final Object monitor = new Object();

	private volatile @Nullable SlackEventHandler eventHandler;

	private @Nullable Run run;

	private SlackRtmClient(SlackWebClient webClient, SlackRtmOptions options, HttpClient httpClient,
			JsonMapper jsonMapper, @Nullable SlackEventHandler eventHandler) {
		this.options = options;
		this.httpClient = httpClient;
		this.jsonMapper = jsonMapper;
		this.connector = new RtmConnector(webClient, options.connectMethod(), jsonMapper);
		this.events = new RtmEvents(jsonMapper);
		this.backoff = new ReconnectBackoff(options.reconnectInitialBackoff(), options.reconnectMaxBackoff());
		this.pacer = new OutboundPacer(options.sendInterval(), this.scheduler);
		this.eventHandler = eventHandler;
	}

	/**
	 * Returns a builder of a client that connects with the given Web API client's (bot) token.
	 * @param webClient the Web API client that calls {@code rtm.connect}
	 * @return a new builder
	 */
	public static Builder builder(SlackWebClient webClient) {
		return new Builder(webClient);
	}

	/**
	 * Sets the handler that receives the events; takes effect for the next event.
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
	public SlackRtmOptions getOptions() {
		return this.options;
	}

	/**
	 * Connects to Slack and keeps connected until {@link #stop()}. Returns at once: the first {@code rtm.connect}
	 * call is made on another thread, so that the caller (the application's startup, say) does not wait for the
	 * HTTP client to prepare it; the state tells when the connection is open. Does nothing when already started.
	 * @throws IllegalStateException when no event handler is set
	 */
	public void start() {
		Run run;
		synchronized (this.monitor) {
			if (this.run != null) {
				return;
			}
			Assert.state(this.eventHandler != null,
					"An event handler is needed to start the RTM client: set one with setEventHandler(...)");
			run = new Run();
			this.run = run;
			this.backoff.reset();
			this.status.connecting();
		}
		logger.info("Starting the Slack RTM client (" + this.options.connectMethod().methodName() + ")");
		Mono.defer(() -> attempt(run))
			.flatMap((outcome) -> afterAttempt(run, outcome))
			.repeat(() -> isCurrent(run))
			.doFinally((signal) -> run.terminated.tryEmitEmpty())
			.subscribeOn(this.scheduler)
			.subscribe(null, (ex) -> logger.error("The Slack RTM client stopped unexpectedly", ex));
	}

	/**
	 * Stops reading, closes the connection with status 1000 and does not reconnect; messages not yet sent fail.
	 * Returns at once. The client can be started again.
	 */
	public void stop() {
		stop(() -> {
		});
	}

	/**
	 * Stops like {@link #stop()} and runs the callback once the connection is closed.
	 * @param callback run once stopped
	 */
	public void stop(Runnable callback) {
		Run run;
		RtmConnection connection;
		synchronized (this.monitor) {
			run = this.run;
			if (run == null) {
				connection = null;
			}
			else {
				this.run = null;
				connection = run.connection;
				if (connection != null) {
					this.pacer.detach(connection);
				}
				this.status.stopped();
			}
		}
		if (run == null) {
			callback.run();
			return;
		}
		logger.info("Stopping the Slack RTM client");
		run.stopped.tryEmitValue(Boolean.TRUE);
		if (connection != null) {
			connection.close(RtmOutcome.Reason.STOPPED);
		}
		this.pacer.failQueued(new SlackRtmException("The RTM client stopped before the message was sent"));
		run.terminated.asMono().subscribe(null, (ex) -> callback.run(), callback);
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
	public SlackRtmState getState() {
		return this.status.state();
	}

	/**
	 * Returns a snapshot of the state, the connection and the last failure, read from memory.
	 * @return the status
	 */
	public SlackRtmStatus getStatus() {
		return this.status.snapshot();
	}

	/**
	 * Registers a listener that is called, on the thread that made the change, whenever the state changes
	 * (and on every reconnect). It must return quickly.
	 * @param listener the listener
	 */
	public void addStatusListener(Consumer<SlackRtmStatus> listener) {
		Assert.notNull(listener, "listener must not be null");
		this.status.addListener(listener);
	}

	/**
	 * Removes a status listener.
	 * @param listener the listener
	 */
	public void removeStatusListener(Consumer<SlackRtmStatus> listener) {
		this.status.removeListener(listener);
	}

	/**
	 * Posts a message over the socket: {@code {"id":n,"type":"message","channel":...,"text":...}}. Messages
	 * are sent in order, no faster than {@link SlackRtmOptions#sendInterval()}, and wait while the client
	 * reconnects. RTM messages are plain text: use {@code chat.postMessage} for blocks, threads or attachments.
	 * @param channel the channel ID
	 * @param text the text, in Slack's markup
	 * @return the timestamp ({@code ts}) Slack gave the message; fails with a {@link SlackRtmException} carrying
	 * Slack's error code when Slack refused it, when the message is over {@value #MAX_MESSAGE_BYTES} bytes
	 * (without sending it), or when the connection closed before Slack replied; fails with an
	 * {@link IllegalStateException} when the client is not running
	 */
	public Mono<String> send(String channel, String text) {
		Assert.hasText(channel, "channel must not be empty");
		Assert.notNull(text, "text must not be null");
		return Mono.defer(() -> {
			long id = this.ids.incrementAndGet();
			String frame = this.jsonMapper.writeValueAsString(this.jsonMapper.createObjectNode()
				.put("id", id)
				.put("type", "message")
				.put("channel", channel)
				.put("text", text));
			int size = frame.getBytes(StandardCharsets.UTF_8).length;
			if (size > MAX_MESSAGE_BYTES) {
				return Mono.error(new SlackRtmException("The message to " + channel + " is " + size
						+ " bytes as an RTM frame, over Slack's limit of " + MAX_MESSAGE_BYTES
						+ " bytes; it was not sent. Post long messages with chat.postMessage instead."));
			}
			Sinks.One<JsonNode> reply = Sinks.one();
			synchronized (this.monitor) {
				if (this.run == null) {
					return Mono.error(notRunning("send a message"));
				}
				this.pacer.enqueue(new OutboundMessage(id, frame, reply));
			}
			return reply.asMono().map((answer) -> timestamp(id, answer));
		});
	}

	/**
	 * Tells the channel's members that the bot is typing. Sent at once, not paced.
	 * @param channel the channel ID
	 * @return completes once the indicator is handed to the connection; fails with an
	 * {@link IllegalStateException} when not connected
	 */
	public Mono<Void> typing(String channel) {
		Assert.hasText(channel, "channel must not be empty");
		return Mono.defer(() -> connection("send a typing indicator").typing(channel) ? Mono.empty()
				: Mono.error(notConnected("send a typing indicator")));
	}

	/**
	 * Sends a ping now, besides the periodic keepalive pings.
	 * @return completes when Slack answers with a pong; fails with an {@link IllegalStateException} when not
	 * connected
	 */
	public Mono<Void> ping() {
		return Mono.defer(() -> connection("send a ping").ping());
	}

	@Override
	public String toString() {
		SlackRtmStatus status = getStatus();
		return "SlackRtmClient[state=" + status.state() + ", team=" + status.teamId() + ", user=" + status.userId()
				+ "]";
	}

	private Mono<RtmOutcome> attempt(Run run) {
		return this.connector.open()
			.takeUntilOther(run.stopped.asMono())
			.flatMap((session) -> connect(run, session))
			.onErrorResume((ex) -> Mono.just(RtmOutcome.notConnected(ex)))
			.defaultIfEmpty(RtmOutcome.stopped());
	}

	private Mono<RtmOutcome> connect(Run run, RtmSession session) {
		return this.httpClient.websocket(WEBSOCKET_SPEC).uri(session.url()).handle((inbound, outbound) -> {
			RtmConnection connection = new RtmConnection(inbound, outbound, session, connectionSettings());
			if (!opened(run, connection, session)) {
				return outbound.sendClose(1000, "client stopped").thenReturn(RtmOutcome.stopped());
			}
			return connection.run().doFinally((signal) -> closed(run, connection));
		}).singleOrEmpty();
	}

	private RtmConnection.Settings connectionSettings() {
		return new RtmConnection.Settings(this.events, this::offer, this::deliver, this.status::pong, this.jsonMapper,
				this.ids,
				this.options.pingInterval(), this.scheduler);
	}

	private boolean opened(Run run, RtmConnection connection, RtmSession session) {
		synchronized (this.monitor) {
			if (this.run != run) {
				return false;
			}
			run.connection = connection;
			this.status.connected(session);
			this.pacer.attach(connection);
		}
		logger.info("Connected to Slack RTM as user " + session.userId() + " of team " + session.teamId());
		return true;
	}

	private void closed(Run run, RtmConnection connection) {
		synchronized (this.monitor) {
			if (run.connection == connection) {
				run.connection = null;
			}
			this.pacer.detach(connection);
		}
	}

	private Mono<Void> afterAttempt(Run run, RtmOutcome outcome) {
		Throwable failure = outcome.failure();
		Mono<Void> report = (outcome.reason() == RtmOutcome.Reason.NOT_CONNECTED && failure != null)
				? deliver(this.events.error(failure, null)) : Mono.empty();
		Duration delay = nextDelay(run, outcome);
		if (delay == null) {
			return report;
		}
		return report.then(Mono.delay(delay, this.scheduler).takeUntilOther(run.stopped.asMono()).then());
	}

	private @Nullable Duration nextDelay(Run run, RtmOutcome outcome) {
		synchronized (this.monitor) {
			if (this.run != run) {
				return null;
			}
			Throwable failure = outcome.failure();
			String advice = (failure != null) ? RtmFatalErrors.advice(failure) : null;
			if (failure != null && advice != null) {
				this.run = null;
				this.status.failed(failure);
				logger.error("Slack refused to open an RTM connection (" + failure.getMessage() + "). " + advice
						+ ". The RTM client stopped and does not reconnect; start it again once fixed.");
				run.stopped.tryEmitValue(Boolean.TRUE);
				this.pacer.failQueued(new SlackRtmException(
						"The RTM client failed before the message was sent: " + failure.getMessage(), null, failure));
				return null;
			}
			if (outcome.reason() != RtmOutcome.Reason.NOT_CONNECTED
					&& outcome.connectedFor().compareTo(this.options.reconnectStablePeriod()) >= 0) {
				this.backoff.reset();
			}
			Duration retryAfter = (failure instanceof SlackApiException ex) ? ex.getRetryAfter() : null;
			Duration delay = (outcome.reason() == RtmOutcome.Reason.GOODBYE) ? Duration.ZERO
					: (retryAfter != null) ? retryAfter : this.backoff.next();
			this.status.reconnecting(failure);
			if (logger.isInfoEnabled()) {
				logger.info("Slack RTM connection " + describe(outcome) + "; reconnecting in " + delay.toMillis()
						+ " ms");
			}
			return delay;
		}
	}

	private static String describe(RtmOutcome outcome) {
		Throwable failure = outcome.failure();
		String reason = switch (outcome.reason()) {
			case NOT_CONNECTED -> "could not be opened";
			case GOODBYE -> "ended by Slack's goodbye";
			case DEAD -> "did not answer pings";
			default -> "was lost";
		};
		return (failure != null) ? reason + " (" + failure.getMessage() + ")" : reason;
	}

	private boolean isCurrent(Run run) {
		synchronized (this.monitor) {
			return this.run == run;
		}
	}

	private boolean offer(SlackEvent event) {
		return EventOffers.offer(this.eventHandler, event, logger, "it is skipped");
	}

	private Mono<Void> deliver(SlackEvent event) {
		SlackEventHandler handler = this.eventHandler;
		if (handler == null) {
			return Mono.empty();
		}
		return Mono.defer(() -> handler.handle(event)).onErrorResume((ex) -> {
			logger.warn("The event handler did not accept " + event + "; it is skipped", ex);
			return Mono.empty();
		});
	}

	private RtmConnection connection(String action) {
		synchronized (this.monitor) {
			RtmConnection connection = (this.run != null) ? this.run.connection : null;
			if (connection == null) {
				throw notConnected(action);
			}
			return connection;
		}
	}

	private IllegalStateException notConnected(String action) {
		return new IllegalStateException("Cannot " + action + ": the RTM client is not connected (state "
				+ getState() + ")");
	}

	private static IllegalStateException notRunning(String action) {
		return new IllegalStateException("Cannot " + action + ": the RTM client is not running; call start() first");
	}

	private static String timestamp(long id, JsonNode reply) {
		if (reply.path("ok").asBoolean(false)) {
			String ts = reply.path("ts").asString(null);
			if (ts == null) {
				throw new SlackRtmException("Slack accepted message " + id + " without giving its ts");
			}
			return ts;
		}
		JsonNode error = reply.path("error");
		Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
		String message = error.path("msg").asString("no reason given");
		throw new SlackRtmException("Slack refused message " + id + ": " + message
				+ ((code != null) ? " (error code " + code + ")" : ""), code, null);
	}

	/**
	 * One run of the client, from {@code start()} to {@code stop()} or failure.
	 */
	private static final class Run {

		private final Sinks.One<Boolean> stopped = Sinks.one();

		private final Sinks.Empty<Void> terminated = Sinks.empty();

		private @Nullable RtmConnection connection;

	}

	/**
	 * Builds a {@link SlackRtmClient}.
	 */
	public static final class Builder {

		private final SlackWebClient webClient;

		private SlackRtmOptions options = SlackRtmOptions.defaults();

		private @Nullable HttpClient httpClient;

		private @Nullable JsonMapper jsonMapper;

		private @Nullable SlackEventHandler eventHandler;

		private Builder(SlackWebClient webClient) {
			Assert.notNull(webClient, "webClient must not be null");
			this.webClient = webClient;
		}

		/**
		 * Sets the options; {@link SlackRtmOptions#defaults()} by default.
		 * @param options the options
		 * @return this builder
		 */
		public Builder options(SlackRtmOptions options) {
			Assert.notNull(options, "options must not be null");
			this.options = options;
			return this;
		}

		/**
		 * Sets the handler that receives the events; it can also be set later with
		 * {@link SlackRtmClient#setEventHandler(SlackEventHandler)}.
		 * @param eventHandler the handler
		 * @return this builder
		 */
		public Builder eventHandler(SlackEventHandler eventHandler) {
			this.eventHandler = eventHandler;
			return this;
		}

		/**
		 * Sets the Reactor Netty client that opens the WebSocket, to configure a proxy or TLS; a default client
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
		public SlackRtmClient build() {
			return new SlackRtmClient(this.webClient, this.options,
					(this.httpClient != null) ? this.httpClient : HttpClient.create(),
					(this.jsonMapper != null) ? this.jsonMapper : JsonMapper.builder().build(), this.eventHandler);
		}

	}

}
