package dev.slackboot.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends Web API calls: encodes the arguments as the catalogue says, reads Slack's envelope, turns
 * {@code "ok": false} into {@link SlackApiException}, logs warnings once and retries as the
 * {@link SlackRetryPolicy} allows.
 */
final class SlackApiInvoker {

	private static final Log logger = LogFactory.getLog(SlackWebClient.class);

	private static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);

	private static final MediaType FORM_UTF8 = new MediaType("application", "x-www-form-urlencoded",
			StandardCharsets.UTF_8);

	private final Supplier<WebClient> webClient;

	private final String baseUrl;

	private final @Nullable String token;

	private final @Nullable String authorization;

	private final JsonMapper jsonMapper;

	private final SlackMethodCatalog catalog;

	private final SlackRetryPolicy retryPolicy;

	private final SlackResponseTimeout responseTimeout;

	private final Consumer<ClientHttpRequest> applyResponseTimeout;

	private final SlackApiCallObserver observer;

	private final AnswerBodyExtractor answerBody;

	private final Set<String> loggedWarnings;

	private final Map<String, URI> uris;

	SlackApiInvoker(Supplier<WebClient> webClient, String baseUrl, @Nullable String token, JsonMapper jsonMapper,
			SlackMethodCatalog catalog, SlackRetryPolicy retryPolicy, Duration responseTimeout,
			SlackApiCallObserver observer) {
		this(webClient, baseUrl, token, jsonMapper, catalog, retryPolicy, new SlackResponseTimeout(responseTimeout),
				observer, new AnswerBodyExtractor(), ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>());
	}

	private SlackApiInvoker(Supplier<WebClient> webClient, String baseUrl, @Nullable String token, JsonMapper jsonMapper,
			SlackMethodCatalog catalog, SlackRetryPolicy retryPolicy, SlackResponseTimeout responseTimeout,
			SlackApiCallObserver observer, AnswerBodyExtractor answerBody, Set<String> loggedWarnings,
			Map<String, URI> uris) {
		this.webClient = webClient;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
		this.token = token;
		this.authorization = (token != null) ? "Bearer " + token : null;
		this.jsonMapper = jsonMapper;
		this.catalog = catalog;
		this.retryPolicy = retryPolicy;
		this.responseTimeout = responseTimeout;
		this.applyResponseTimeout = responseTimeout::applyTo;
		this.observer = observer;
		this.answerBody = answerBody;
		this.loggedWarnings = loggedWarnings;
		this.uris = uris;
	}

	SlackApiInvoker withToken(@Nullable String token) {
		return new SlackApiInvoker(this.webClient, this.baseUrl, token, this.jsonMapper, this.catalog,
				this.retryPolicy, this.responseTimeout, this.observer, this.answerBody, this.loggedWarnings, this.uris);
	}

	SlackApiInvoker withRetryPolicy(SlackRetryPolicy retryPolicy) {
		return new SlackApiInvoker(this.webClient, this.baseUrl, this.token, this.jsonMapper, this.catalog,
				retryPolicy, this.responseTimeout, this.observer, this.answerBody, this.loggedWarnings, this.uris);
	}

	SlackRetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	WebClient webClient() {
		return this.webClient.get();
	}

	JsonMapper jsonMapper() {
		return this.jsonMapper;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	@Nullable String token() {
		return this.token;
	}

	SlackResponseTimeout responseTimeout() {
		return this.responseTimeout;
	}

	/**
	 * Calls a method with a typed request and reads the answer as the given type.
	 */
	<R extends SlackRequest<R>, T> Mono<T> invoke(String method, R request, Class<T> responseType) {
		try {
			request.validate(method);
		}
		catch (IllegalArgumentException ex) {
			return Mono.error(ex);
		}
		return invoke(method, request.params(), responseType);
	}

	/**
	 * Calls a method with the given arguments and reads the answer as the given type: a typed Slack answer
	 * ({@link SlackApiResponse}) straight from the body when it is {@code ok} without warnings, anything else
	 * through Slack's whole answer as a tree.
	 */
	<T> Mono<T> invoke(String method, Map<String, ?> params, Class<T> responseType) {
		if (!SlackApiResponse.class.isAssignableFrom(responseType)) {
			return call(method, params).map((tree) -> read(method, tree, responseType));
		}
		SlackMethod slackMethod = this.catalog.get(method);
		return this.observer.observe(method, Mono.defer(() -> execute(slackMethod, params,
				(answer) -> readTyped(slackMethod, answer, responseType), 0, 0)));
	}

	/**
	 * Calls a method and returns Slack's whole answer, once {@code ok} is {@code true}.
	 */
	Mono<JsonNode> call(String method, Map<String, ?> params) {
		SlackMethod slackMethod = this.catalog.get(method);
		return this.observer.observe(method,
				Mono.defer(() -> execute(slackMethod, params, (answer) -> interpret(slackMethod, answer), 0, 0)));
	}

	private <T> T read(String method, JsonNode tree, Class<T> type) {
		if (type.isInstance(tree)) {
			return type.cast(tree);
		}
		try {
			return this.jsonMapper.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw new SlackApiException(method, 200, null, null, null, List.of(), null, false,
					"Slack's answer to " + method + " could not be read as " + type.getSimpleName() + ": "
							+ ex.getOriginalMessage(),
					ex);
		}
	}

	/**
	 * Reads a successful answer straight into its type, without building a tree first. Any other answer (not
	 * {@code ok}, with warnings to log, or not readable as the type) is interpreted as a tree, which reports it.
	 */
	private <T> T readTyped(SlackMethod method, Answer answer, Class<T> type) {
		if (answer.status() < 300 && answer.body().length > 0) {
			T value = readValueOrNull(answer.body(), type);
			if (value instanceof SlackApiResponse response && response.ok() && !hasWarnings(response)) {
				return value;
			}
		}
		return read(method.name(), interpret(method, answer), type);
	}

	private <T> @Nullable T readValueOrNull(byte[] body, Class<T> type) {
		try {
			return this.jsonMapper.readValue(body, type);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static boolean hasWarnings(SlackApiResponse response) {
		ResponseMetadata metadata = response.responseMetadata();
		List<String> warnings = (metadata != null) ? metadata.warnings() : null;
		return response.warning() != null || (warnings != null && !warnings.isEmpty());
	}

	private <T> Mono<T> execute(SlackMethod method, Map<String, ?> params, Function<Answer, T> reader,
			int rateLimitRetries, int retries) {
		return attempt(method, params, reader).onErrorResume((ex) -> {
			if (ex instanceof SlackApiException api && api.getHttpStatus() == 429) {
				Duration retryAfter = (api.getRetryAfter() != null) ? api.getRetryAfter() : Duration.ofSeconds(1);
				if (rateLimitRetries >= this.retryPolicy.maxRateLimitRetries()
						|| retryAfter.compareTo(this.retryPolicy.maxRetryAfter()) > 0) {
					return Mono.error(ex);
				}
				Duration delay = retryAfter.plus(jitter(this.retryPolicy.rateLimitJitter()));
				logRetry(method, delay, rateLimitRetries + 1, "rate limited (Retry-After " + retryAfter + ")");
				return Mono.delay(delay)
					.then(Mono.defer(() -> execute(method, params, reader, rateLimitRetries + 1, retries)));
			}
			if (isRetryable(method, ex) && retries < this.retryPolicy.maxRetries()) {
				Duration delay = backoff(retries);
				logRetry(method, delay, retries + 1, describe(ex));
				return Mono.delay(delay)
					.then(Mono.defer(() -> execute(method, params, reader, rateLimitRetries, retries + 1)));
			}
			return Mono.error(failure(method, ex));
		});
	}

	/**
	 * Sends one request and reads its answer: the body as one byte array, handed with the status and headers to
	 * the reader on the event loop that received it.
	 */
	private <T> Mono<T> attempt(SlackMethod method, Map<String, ?> params, Function<Answer, T> reader) {
		return this.responseTimeout.bound(request(method, params).httpRequest(this.applyResponseTimeout)
			.exchangeToMono((response) -> response.body(this.answerBody)
				.map((body) -> reader.apply(new Answer(response.statusCode().value(), response.headers(), body)))));
	}

	private WebClient.RequestHeadersSpec<?> request(SlackMethod method, Map<String, ?> params) {
		URI uri = this.uris.computeIfAbsent(method.name(), (name) -> URI.create(this.baseUrl + name));
		if (HttpMethod.GET.equals(method.httpMethod())) {
			String query = formEncode(params);
			URI withQuery = query.isEmpty() ? uri : URI.create(uri + "?" + query);
			return webClient().get().uri(withQuery).headers(this::authorize);
		}
		WebClient.RequestBodySpec post = webClient().post().uri(uri).headers(this::authorize);
		byte[] body = method.jsonBody() ? this.jsonMapper.writeValueAsBytes(params)
				: formEncode(params).getBytes(StandardCharsets.UTF_8);
		return post.contentType(method.jsonBody() ? JSON_UTF8 : FORM_UTF8).body(bytes(body));
	}

	private void authorize(HttpHeaders headers) {
		if (this.authorization != null) {
			headers.set(HttpHeaders.AUTHORIZATION, this.authorization);
		}
	}

	/**
	 * Writes an encoded body as it is, without looking up a message writer for it on every call.
	 */
	private static BodyInserter<byte[], ReactiveHttpOutputMessage> bytes(byte[] body) {
		return (message, context) -> message.writeWith(Mono.just(message.bufferFactory().wrap(body)));
	}

	private String formEncode(Map<String, ?> params) {
		return params.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null)
			.map((entry) -> encode(entry.getKey()) + "=" + encode(formValue(entry.getValue())))
			.collect(Collectors.joining("&"));
	}

	private String formValue(Object value) {
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Collection<?> values && values.stream().allMatch(SlackApiInvoker::isScalar)) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(","));
		}
		return this.jsonMapper.writeValueAsString(value);
	}

	private static boolean isScalar(@Nullable Object value) {
		return value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private JsonNode interpret(SlackMethod method, Answer answer) {
		int status = answer.status();
		JsonNode tree = parse(answer.body());
		boolean envelope = tree != null && tree.isObject();
		List<String> warnings = envelope ? warnings(tree) : List.of();
		if (envelope && status < 300 && tree.path("ok").asBoolean(false)) {
			logWarnings(method.name(), warnings, tree);
			return tree;
		}
		String error = envelope ? text(tree, "error") : ((status == 429) ? "ratelimited" : null);
		String needed = envelope ? text(tree, "needed") : null;
		String provided = envelope ? text(tree, "provided") : null;
		Duration retryAfter = retryAfter(answer.headers().header(HttpHeaders.RETRY_AFTER));
		StringBuilder message = new StringBuilder("Slack method ").append(method.name()).append(" failed: ");
		if (!envelope && status < 300) {
			message.append("the answer is not a JSON object");
		}
		else {
			message.append((error != null) ? error : "HTTP " + status);
		}
		if (needed != null) {
			message.append(" (needed scope: ").append(needed).append(", token has: ").append(provided).append(')');
		}
		if (retryAfter != null) {
			message.append(" (retry after ").append(retryAfter.toSeconds()).append(" s)");
		}
		boolean unknownOutcome = status >= 500 && !method.idempotent();
		if (unknownOutcome) {
			message.append(" (the call may have been processed by Slack; it was not retried)");
		}
		throw new SlackApiException(method.name(), status, error, needed, provided, warnings, retryAfter,
				unknownOutcome, message.toString(), null);
	}

	private @Nullable JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode tree, String field) {
		JsonNode node = tree.get(field);
		return (node != null && !node.isNull()) ? node.asString() : null;
	}

	private static List<String> warnings(JsonNode tree) {
		List<String> warnings = new ArrayList<>();
		String warning = text(tree, "warning");
		if (warning != null) {
			for (String code : warning.split(",")) {
				if (!code.isBlank()) {
					warnings.add(code.trim());
				}
			}
		}
		for (JsonNode code : tree.path("response_metadata").path("warnings")) {
			if (!warnings.contains(code.asString())) {
				warnings.add(code.asString());
			}
		}
		return warnings;
	}

	private void logWarnings(String method, List<String> warnings, JsonNode tree) {
		for (String code : warnings) {
			if (this.loggedWarnings.add(method + ' ' + code) && logger.isWarnEnabled()) {
				JsonNode messages = tree.path("response_metadata").path("messages");
				logger.warn("Slack warned about " + method + ": " + code
						+ (messages.isEmpty() ? "" : " " + messages) + " (logged once per method and warning)");
			}
		}
	}

	private static @Nullable Duration retryAfter(List<String> values) {
		if (values.isEmpty()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(values.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isRetryable(SlackMethod method, Throwable ex) {
		if (isConnectFailure(ex)) {
			return true;
		}
		if (!method.idempotent()) {
			return false;
		}
		if (ex instanceof SlackApiException api) {
			return api.getHttpStatus() >= 500;
		}
		return SlackResponseTimeout.isTimeout(ex) || ex instanceof WebClientRequestException
				|| ex instanceof IOException;
	}

	private static boolean isConnectFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof UnresolvedAddressException) {
				return true;
			}
		}
		return false;
	}

	private Duration backoff(int retries) {
		long initial = this.retryPolicy.initialBackoff().toMillis();
		long max = this.retryPolicy.maxBackoff().toMillis();
		long exponential = Math.min(max, initial << Math.min(retries, 30));
		long half = exponential / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

	private static Duration jitter(Duration bound) {
		return bound.isZero() ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound.toMillis() + 1));
	}

	private static void logRetry(SlackMethod method, Duration delay, int retry, String reason) {
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + method.name() + " in " + delay.toMillis() + " ms (retry " + retry + "): "
					+ reason);
		}
	}

	private static String describe(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

	private SlackApiException failure(SlackMethod method, Throwable ex) {
		if (ex instanceof SlackApiException api) {
			return api;
		}
		boolean sent = !isConnectFailure(ex);
		boolean unknownOutcome = sent && !method.idempotent();
		String reason = SlackResponseTimeout.isTimeout(ex) ? this.responseTimeout.describe() : describe(ex);
		String message = "Slack method " + method.name() + " failed: " + reason
				+ (unknownOutcome ? " (the call may have been processed by Slack; it was not retried)" : "");
		return new SlackApiException(method.name(), 0, null, null, null, List.of(), null, unknownOutcome, message, ex);
	}

	/**
	 * An HTTP answer: status, headers and body.
	 */
	private record Answer(int status, ClientResponse.Headers headers, byte[] body) {
	}

}
