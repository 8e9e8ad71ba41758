package dev.slackboot.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the Web API at {@code /api/<method>}: reads the arguments from a JSON body, a form body or the query
 * string and the token from {@code Authorization: Bearer} (or a {@code token} form field), then answers as
 * Slack does, in this order: injected faults, {@code unknown_method}, {@code not_authed}, {@code invalid_auth},
 * {@code not_allowed_token_type}, rate limits (HTTP 429 with {@code Retry-After}), {@code missing_scope}, then
 * the method itself.
 */
final class WebApiEndpoint implements EmulatorEndpoint {

	private static final Log logger = LogFactory.getLog(SlackEmulator.class);

	private static final String JSON_UTF8 = "application/json; charset=utf-8";

	private final Workspace workspace;

	private final EmulatorTokens tokens;

	private final WebApiMethods methods;

	private final RateLimiter rateLimiter;

	private final WebApiFaults faults;

	private final JsonMapper mapper;

	WebApiEndpoint(Workspace workspace, EmulatorTokens tokens, WebApiMethods methods, RateLimiter rateLimiter,
			WebApiFaults faults, JsonMapper mapper) {
		this.workspace = workspace;
		this.tokens = tokens;
		this.methods = methods;
		this.rateLimiter = rateLimiter;
		this.faults = faults;
		this.mapper = mapper;
	}

	@Override
	public void addRoutes(HttpServerRoutes routes) {
		routes.get("/api/{method}", this::handle).post("/api/{method}", this::handle);
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String method = request.param("method");
		return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
			Answer answer = answer((method != null) ? method : "", request.uri(), request.requestHeaders(), body);
			response.status(answer.status()).header(HttpHeaderNames.CONTENT_TYPE, JSON_UTF8);
			answer.headers().forEach(response::header);
			return response.sendByteArray(Mono.just(this.mapper.writeValueAsBytes(answer.body()))).then();
		});
	}

	/**
	 * Answers one call.
	 * @param method the method name
	 * @param uri the request URI, with its query string
	 * @param headers the request headers
	 * @param body the request body, empty for none
	 * @return the answer
	 */
	Answer answer(String method, String uri, HttpHeaders headers, byte[] body) {
		int fault = this.faults.take();
		if (fault != 0) {
			return fault(method, fault);
		}
		Map<String, String> extraHeaders = new LinkedHashMap<>();
		try {
			ObjectNode params = this.mapper.createObjectNode();
			String formToken = readParams(uri, headers, body, params);
			WebApiMethods.Registration registration = this.methods.find(method);
			if (registration == null) {
				ObjectNode answer = error(new ApiException("unknown_method"));
				return new Answer(200, answer.put("req_method", method), Map.of());
			}
			String token = bearer(headers);
			token = (token != null) ? token : formToken;
			if (token == null) {
				throw new ApiException("not_authed");
			}
			TokenGrant caller = this.tokens.find(token);
			if (caller == null) {
				throw new ApiException("invalid_auth");
			}
			if (caller.kind() != registration.tokenKind()) {
				throw new ApiException("not_allowed_token_type");
			}
			List<String> needed = ScopeRequirements.of(method);
			extraHeaders.put("X-OAuth-Scopes", caller.scopeList());
			extraHeaders.put("X-Accepted-OAuth-Scopes", String.join(",", needed));
			Duration retryAfter = this.rateLimiter.acquire(caller, method, params.path("channel").asString(null));
			if (retryAfter != null) {
				logger.debug("Rate limited a call to " + method + " (Retry-After " + retryAfter.toSeconds() + " s)");
				return new Answer(429, error(new ApiException("ratelimited")),
						Map.of("Retry-After", Long.toString(retryAfter.toSeconds())));
			}
			if (!caller.allows(needed)) {
				throw ApiException.missingScope(String.join(",", needed), caller.scopeList());
			}
			ApiCall call = new ApiCall(method, params, caller, requestRootUrl(headers), this.mapper);
			ObjectNode answer = this.workspace.locked(() -> registration.method().answer(call));
			if (logger.isDebugEnabled()) {
				logger.debug("Answered " + method + ": ok");
			}
			return new Answer(200, answer, extraHeaders);
		}
		catch (ApiException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Answered " + method + ": " + ex.error());
			}
			return new Answer(200, error(ex), extraHeaders);
		}
		catch (RuntimeException ex) {
			logger.warn("The emulator failed to answer " + method, ex);
			return new Answer(500, error(new ApiException("internal_error")), Map.of());
		}
	}

	private Answer fault(String method, int status) {
		logger.debug("Answering " + method + " with the injected HTTP " + status);
		if (status == 429) {
			return new Answer(status, error(new ApiException("ratelimited")), Map.of("Retry-After", "1"));
		}
		String error = switch (status) {
			case 503 -> "service_unavailable";
			case 504 -> "request_timeout";
			default -> "fatal_error";
		};
		return new Answer(status, error(new ApiException(error)), Map.of());
	}

	private ObjectNode error(ApiException ex) {
		ObjectNode answer = this.mapper.createObjectNode().put("ok", false);
		ex.writeTo(answer);
		return answer;
	}

	/**
	 * Reads the query string and the body into {@code params}.
	 * @return the {@code token} form or query field, which Slack accepts instead of the header
	 */
	private @Nullable String readParams(String uri, HttpHeaders headers, byte[] body, ObjectNode params) {
		String token = addForm(new QueryStringDecoder(uri), params);
		if (body.length == 0) {
			return token;
		}
		String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE, "").toLowerCase(Locale.ROOT);
		if (contentType.startsWith("application/json")) {
			JsonNode json;
			try {
				json = this.mapper.readTree(body);
			}
			catch (JacksonException ex) {
				throw new ApiException("invalid_json");
			}
			if (!json.isObject()) {
				throw new ApiException("invalid_json");
			}
			params.setAll((ObjectNode) json);
			return token;
		}
		if (contentType.startsWith("multipart/")) {
			throw new ApiException("invalid_form_data");
		}
		String form = addForm(new QueryStringDecoder(new String(body, StandardCharsets.UTF_8), false), params);
		return (form != null) ? form : token;
	}

	private static @Nullable String addForm(QueryStringDecoder decoder, ObjectNode params) {
		String token = null;
		for (Map.Entry<String, List<String>> entry : decoder.parameters().entrySet()) {
			String value = entry.getValue().isEmpty() ? "" : entry.getValue().get(0);
			if ("token".equals(entry.getKey())) {
				token = value.isEmpty() ? null : value;
			}
			else {
				params.put(entry.getKey(), value);
			}
		}
		return token;
	}

	private static @Nullable String bearer(HttpHeaders headers) {
		String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = authorization.substring(7).trim();
		return token.isEmpty() ? null : token;
	}

	private String requestRootUrl(HttpHeaders headers) {
		String host = headers.get(HttpHeaderNames.HOST);
		return (host != null && !host.isBlank()) ? "http://" + host + "/" : this.workspace.rootUrl();
	}

	/**
	 * An HTTP answer.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @param headers further headers
	 */
	record Answer(int status, ObjectNode body, Map<String, String> headers) {

	}

}
