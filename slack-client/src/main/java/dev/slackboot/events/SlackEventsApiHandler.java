package dev.slackboot.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.listener.SlackEventRejectedException;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the request URL of Slack's Events API (WebFlux functional endpoint): Slack POSTs events, slash commands
 * and interactions to it. For each request it:
 * <ol>
 * <li>reads the raw body, up to {@link Builder#maxBodySize(DataSize) the maximum size} (larger: 413);</li>
 * <li>checks the signature and timestamp with a {@link SlackRequestVerifier} (bad, missing or stale: 401 with
 * an empty body; the request is never handed on and its body never logged);</li>
 * <li>answers {@code url_verification} with its challenge and {@code ssl_check} with 200;</li>
 * <li>turns an {@code event_callback}, a slash command ({@code command=...}) or an interaction
 * ({@code payload=...}) into a {@link SlackEvent} ({@link SlackEventPayloads}, with {@code X-Slack-Retry-Num}
 * and {@code X-Slack-Retry-Reason}) and hands it to the {@link SlackEventHandler}, answering 200 as soon as the
 * handler has accepted it, however long the listeners then take; 503 when the handler does not accept events
 * (it is stopped), so that Slack sends the event again.</li>
 * </ol>
 * Slack's redeliveries carry the event ID of the first delivery, so the dispatcher drops them when the first
 * was accepted, whether it arrived over HTTP or Socket Mode. Slash commands and interactions are answered with
 * an empty 200: replies go through {@code response_url} or the Web API.
 *
 * <p>
 * Refused requests are counted by reason in {@link #getMetrics()}; the first in a minute is logged at
 * {@code WARN} (a wrong signing secret refuses all of Slack's requests), the others at {@code DEBUG}.
 */
public final class SlackEventsApiHandler implements HandlerFunction<ServerResponse> {

	/**
	 * The default path of the request URL.
	 */
	public static final String DEFAULT_PATH = "/slack/events";

	/**
	 * The default maximum body size.
	 */
	public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofKilobytes(512);

	/**
	 * The header carrying Slack's redelivery attempt (1 to 3) on redelivered events.
	 */
	public static final String RETRY_NUM_HEADER = "X-Slack-Retry-Num";

	/**
	 * The header carrying why Slack redelivered an event, e.g. {@code http_timeout}.
	 */
	public static final String RETRY_REASON_HEADER = "X-Slack-Retry-Reason";

	private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

	private static final byte[] EMPTY = new byte[0];

	private static final Log logger = LogFactory.getLog(SlackEventsApiHandler.class);

	private final SlackRequestVerifier verifier;

	private final SlackEventHandler eventHandler;

	private final JsonMapper jsonMapper;

	private final int maxBodySize;

	private final SlackEventsApiMetrics metrics;

	private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());

	private SlackEventsApiHandler(SlackRequestVerifier verifier, SlackEventHandler eventHandler,
			JsonMapper jsonMapper, int maxBodySize, Clock clock) {
		this.verifier = verifier;
		this.eventHandler = eventHandler;
		this.jsonMapper = jsonMapper;
		this.maxBodySize = maxBodySize;
		this.metrics = new SlackEventsApiMetrics(clock);
	}

	/**
	 * Returns a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a router function that routes POST requests to the path to this handler.
	 * @param path the path of the request URL, e.g. {@value #DEFAULT_PATH}
	 * @return the router function
	 */
	public RouterFunction<ServerResponse> routerFunction(String path) {
		Assert.hasText(path, "path must not be empty");
		return RouterFunctions.route(RequestPredicates.POST(path), this);
	}

	/**
	 * Returns the handler's counters.
	 * @return the metrics
	 */
	public SlackEventsApiMetrics getMetrics() {
		return this.metrics;
	}

	/**
	 * Handles a request from Slack.
	 * @param request the request
	 * @return the response
	 */
	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		if (request.headers().contentLength().orElse(0) > this.maxBodySize) {
			return tooLarge();
		}
		return readBody(request).flatMap((body) -> handle(request, body))
			.onErrorResume(DataBufferLimitException.class, (ex) -> tooLarge());
	}

	private Mono<byte[]> readBody(ServerRequest request) {
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), this.maxBodySize)
			.map(this::bytes)
			.defaultIfEmpty(EMPTY);
	}

	private byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private Mono<ServerResponse> handle(ServerRequest request, byte[] body) {
		HttpHeaders headers = request.headers().asHttpHeaders();
		SlackRequestVerification verification = this.verifier.verify(
				headers.getFirst(SlackRequestVerifier.TIMESTAMP_HEADER),
				headers.getFirst(SlackRequestVerifier.SIGNATURE_HEADER), body);
		if (!verification.isVerified()) {
			this.metrics.recordSignatureFailure(verification);
			logRefused(verification);
			return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
		}
		this.metrics.recordVerified();
		try {
			if (isForm(request)) {
				return form(FormBody.parse(body));
			}
			return json(this.jsonMapper.readTree(body), headers);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Refused a signed Slack request that cannot be read (" + ex.getClass().getSimpleName()
						+ ") with 400");
			}
			return ServerResponse.badRequest().build();
		}
	}

	private Mono<ServerResponse> json(JsonNode body, HttpHeaders headers) {
		String type = body.path("type").asString("");
		switch (type) {
			case "event_callback" -> {
				int retryAttempt = retryAttempt(headers.getFirst(RETRY_NUM_HEADER));
				if (retryAttempt > 0) {
					this.metrics.recordRetry();
				}
				return dispatch(SlackEventPayloads.eventCallback(body, SlackTransport.EVENTS_API, null, retryAttempt,
						headers.getFirst(RETRY_REASON_HEADER), body));
			}
			case "url_verification" -> {
				ObjectNode answer = this.jsonMapper.createObjectNode()
					.put("challenge", body.path("challenge").asString(""));
				return ServerResponse.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(this.jsonMapper.writeValueAsString(answer));
			}
			case "app_rate_limited" -> {
				logger.warn("Slack rate-limited the app's events (app_rate_limited: more than Slack's limit of "
						+ "events per workspace and hour); the events of this minute are not delivered");
				return ServerResponse.ok().build();
			}
			default -> {
				if (logger.isDebugEnabled()) {
					logger.debug("Ignored a Slack Events API request of type '" + type + "'");
				}
				return ServerResponse.ok().build();
			}
		}
	}

	private Mono<ServerResponse> form(Map<String, String> fields) {
		String payload = fields.get("payload");
		if (payload != null) {
			JsonNode interaction = this.jsonMapper.readTree(payload);
			return dispatch(SlackEventPayloads.interaction(interaction, SlackTransport.EVENTS_API, null, interaction));
		}
		if (fields.containsKey("ssl_check")) {
			return ServerResponse.ok().build();
		}
		if (fields.containsKey("command")) {
			ObjectNode command = this.jsonMapper.createObjectNode();
			fields.forEach(command::put);
			return dispatch(SlackEventPayloads.slashCommand(command, SlackTransport.EVENTS_API, null, command));
		}
		throw new IllegalArgumentException("Neither a slash command nor an interaction");
	}

	private Mono<ServerResponse> dispatch(SlackEvent event) {
		return this.eventHandler.handle(event).then(Mono.defer(() -> {
			this.metrics.recordAccepted();
			return ServerResponse.ok().build();
		})).onErrorResume((ex) -> notAccepted(event, ex));
	}

	private Mono<ServerResponse> notAccepted(SlackEvent event, Throwable ex) {
		if (ex instanceof SlackEventRejectedException) {
			logger.warn("Answered 503 to Slack for " + event + ": " + ex.getMessage() + "; Slack will send it again");
			return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		logger.error("Failed to accept " + event + "; answered 500, Slack will send it again", ex);
		return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
	}

	private Mono<ServerResponse> tooLarge() {
		if (logger.isDebugEnabled()) {
			logger.debug("Refused a request to the Slack Events API endpoint with 413: its body is larger than "
					+ this.maxBodySize + " bytes");
		}
		return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).build();
	}

	private void logRefused(SlackRequestVerification verification) {
		long now = System.nanoTime();
		long next = this.nextWarning.get();
		if (now - next >= 0 && this.nextWarning.compareAndSet(next, now + WARNING_INTERVAL_NANOS)) {
			logger.warn("Refused a request to the Slack Events API endpoint with 401: " + verification.description()
					+ ". If Slack's own requests are refused, check the app's signing secret. Further refusals "
					+ "within a minute are logged at DEBUG level");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Refused a request to the Slack Events API endpoint with 401: " + verification.description());
		}
	}

	private static boolean isForm(ServerRequest request) {
		return request.headers()
			.contentType()
			.map(MediaType.APPLICATION_FORM_URLENCODED::isCompatibleWith)
			.orElse(false);
	}

	private static int retryAttempt(@Nullable String header) {
		if (header == null) {
			return 0;
		}
		try {
			return Math.max(Integer.parseInt(header.trim()), 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@Override
	public String toString() {
		return "SlackEventsApiHandler[verifier=" + this.verifier + ", maxBodySize=" + this.maxBodySize + "]";
	}

	/**
	 * Builds a {@link SlackEventsApiHandler}.
	 */
	public static final class Builder {

		private @Nullable String signingSecret;

		private Duration timestampTolerance = SlackRequestVerifier.DEFAULT_TIMESTAMP_TOLERANCE;

		private @Nullable SlackEventHandler eventHandler;

		private @Nullable JsonMapper jsonMapper;

		private DataSize maxBodySize = DEFAULT_MAX_BODY_SIZE;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Sets the app's signing secret (required).
		 * @param signingSecret the signing secret
		 * @return this builder
		 */
		public Builder signingSecret(String signingSecret) {
			this.signingSecret = signingSecret;
			return this;
		}

		/**
		 * Sets how far a request's timestamp may be from now; five minutes by default.
		 * @param timestampTolerance the tolerance
		 * @return this builder
		 */
		public Builder timestampTolerance(Duration timestampTolerance) {
			this.timestampTolerance = timestampTolerance;
			return this;
		}

		/**
		 * Sets what receives the events, usually the {@link dev.slackboot.listener.SlackEventDispatcher}
		 * (required).
		 * @param eventHandler the event handler
		 * @return this builder
		 */
		public Builder eventHandler(SlackEventHandler eventHandler) {
			this.eventHandler = eventHandler;
			return this;
		}

		/**
		 * Sets the mapper that reads request bodies; a plain {@link JsonMapper} by default.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Sets the largest body accepted; larger requests are refused with 413. 512 KB by default.
		 * @param maxBodySize the size
		 * @return this builder
		 */
		public Builder maxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
			return this;
		}

		/**
		 * Sets the clock that timestamps are checked against.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Builds the handler.
		 * @return the handler
		 * @throws IllegalArgumentException if the signing secret or the event handler is missing, or a setting
		 * is out of range
		 */
		public SlackEventsApiHandler build() {
			Assert.hasText(this.signingSecret, "A signing secret is required");
			Assert.notNull(this.eventHandler, "An event handler is required");
			Assert.notNull(this.maxBodySize, "maxBodySize must not be null");
			long bytes = this.maxBodySize.toBytes();
			Assert.isTrue(bytes > 0 && bytes <= Integer.MAX_VALUE, "maxBodySize must be between 1 byte and 2 GB");
			SlackRequestVerifier verifier = new SlackRequestVerifier(this.signingSecret, this.timestampTolerance,
					this.clock);
			JsonMapper mapper = (this.jsonMapper != null) ? this.jsonMapper : JsonMapper.builder().build();
			return new SlackEventsApiHandler(verifier, this.eventHandler, mapper, (int) bytes, this.clock);
		}

		@Override
		public String toString() {
			return "SlackEventsApiHandler.Builder[signingSecret=" + ((this.signingSecret != null) ? "****" : "(none)")
					+ ", maxBodySize=" + this.maxBodySize + "]";
		}

	}

}
