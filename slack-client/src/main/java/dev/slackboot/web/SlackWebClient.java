package dev.slackboot.web;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import dev.slackboot.observation.SlackApiObservationConvention;
import dev.slackboot.support.RecordConstructorModule;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive client for Slack's Web API.
 *
 * <p>
 * Methods are grouped by family, each taking a lambda that fills in the request:
 *
 * <pre class="code">
 * slack.chat().postMessage(m -&gt; m.channel("C123").text("Hello")).map(ChatPostMessageResponse::ts);
 * </pre>
 *
 * Every other Web API method is reachable through {@link #call(String, Map)}. {@link #blocking()} gives the
 * same methods for code that may block. A call that Slack answers with {@code "ok": false} fails with a
 * {@link SlackApiException}; rate-limited calls, connection failures and server errors on read methods are
 * retried as the {@link SlackRetryPolicy} says.
 *
 * <p>
 * Instances are thread-safe; build one with {@link #builder()} (or let the Spring Boot starter build it).
 */
public final class SlackWebClient {

	/**
	 * The base URL of Slack's Web API.
	 */
	public static final String DEFAULT_BASE_URL = "https://slack.com/api/";

	private final SlackApiInvoker api;

	private final @Nullable String appToken;

	private final AuthMethods auth;

	private final ChatMethods chat;

	private final ConversationsMethods conversations;

	private final UsersMethods users;

	private final ReactionsMethods reactions;

	private final PinsMethods pins;

	private final TeamMethods team;

	private final BotsMethods bots;

	private final ViewsMethods views;

	private final RtmMethods rtm;

	private final AppsMethods apps;

	private final FilesMethods files;

	private final BlockingSlackWebClient blocking;

	private SlackWebClient(SlackApiInvoker api, @Nullable String appToken) {
		this.api = api;
		this.appToken = appToken;
		this.auth = new AuthMethods(api);
		this.chat = new ChatMethods(api);
		this.conversations = new ConversationsMethods(api);
		this.users = new UsersMethods(api);
		this.reactions = new ReactionsMethods(api);
		this.pins = new PinsMethods(api);
		this.team = new TeamMethods(api);
		this.bots = new BotsMethods(api);
		this.views = new ViewsMethods(api);
		this.rtm = new RtmMethods(api);
		this.apps = new AppsMethods(api, appToken);
		this.files = new FilesMethods(api);
		this.blocking = new BlockingSlackWebClient(this);
	}

	/**
	 * Returns a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a client that calls with another token (another workspace or user) and shares everything else,
	 * connections included.
	 * @param token the bot or user token
	 * @return a client for that token
	 */
	public SlackWebClient withToken(String token) {
		Assert.hasText(token, "Slack token must not be empty");
		return new SlackWebClient(this.api.withToken(token), this.appToken);
	}

	/**
	 * Returns a client that retries as the given policy says and shares everything else, connections
	 * included. The RTM and Socket Mode clients use it to open sessions without rate-limit retries, so that
	 * they wait for Slack's {@code Retry-After} themselves.
	 * @param retryPolicy the retry policy
	 * @return a client with that policy
	 */
	public SlackWebClient withRetryPolicy(SlackRetryPolicy retryPolicy) {
		return new SlackWebClient(this.api.withRetryPolicy(retryPolicy), this.appToken);
	}

	/**
	 * Returns how this client retries failed calls.
	 * @return the retry policy
	 */
	public SlackRetryPolicy retryPolicy() {
		return this.api.retryPolicy();
	}

	/**
	 * Calls any Web API method and returns Slack's whole answer.
	 * @param method the method name, e.g. {@code bookmarks.list}
	 * @param params the arguments by Slack name; structured values are sent as JSON
	 * @return the answer, once Slack said {@code "ok": true}
	 */
	public Mono<JsonNode> call(String method, Map<String, ?> params) {
		return this.api.call(method, params);
	}

	/**
	 * Calls any Web API method and reads Slack's answer as the given type.
	 * @param method the method name
	 * @param params the arguments by Slack name
	 * @param responseType the type to read the answer as, e.g. a record of your own
	 * @return the answer, once Slack said {@code "ok": true}
	 */
	public <T> Mono<T> call(String method, Map<String, ?> params, Class<T> responseType) {
		return this.api.invoke(method, params, responseType);
	}

	/**
	 * Returns {@code auth.*} methods.
	 * @return the auth methods
	 */
	public AuthMethods auth() {
		return this.auth;
	}

	/**
	 * Returns {@code chat.*} methods.
	 * @return the chat methods
	 */
	public ChatMethods chat() {
		return this.chat;
	}

	/**
	 * Returns {@code conversations.*} methods.
	 * @return the conversations methods
	 */
	public ConversationsMethods conversations() {
		return this.conversations;
	}

	/**
	 * Returns {@code users.*} methods.
	 * @return the users methods
	 */
	public UsersMethods users() {
		return this.users;
	}

	/**
	 * Returns {@code reactions.*} methods.
	 * @return the reactions methods
	 */
	public ReactionsMethods reactions() {
		return this.reactions;
	}

	/**
	 * Returns {@code pins.*} methods.
	 * @return the pins methods
	 */
	public PinsMethods pins() {
		return this.pins;
	}

	/**
	 * Returns {@code team.*} methods.
	 * @return the team methods
	 */
	public TeamMethods team() {
		return this.team;
	}

	/**
	 * Returns {@code bots.*} methods.
	 * @return the bots methods
	 */
	public BotsMethods bots() {
		return this.bots;
	}

	/**
	 * Returns {@code views.*} methods.
	 * @return the views methods
	 */
	public ViewsMethods views() {
		return this.views;
	}

	/**
	 * Returns {@code rtm.*} methods.
	 * @return the RTM methods
	 */
	public RtmMethods rtm() {
		return this.rtm;
	}

	/**
	 * Returns {@code apps.*} methods, called with the app-level token.
	 * @return the apps methods
	 */
	public AppsMethods apps() {
		return this.apps;
	}

	/**
	 * Returns {@code files.*} methods, including the one-call upload.
	 * @return the files methods
	 */
	public FilesMethods files() {
		return this.files;
	}

	/**
	 * Returns the same methods in blocking form, for code that runs where blocking is allowed.
	 * @return the blocking client
	 */
	public BlockingSlackWebClient blocking() {
		return this.blocking;
	}

	@Override
	public String toString() {
		return "SlackWebClient[baseUrl=" + this.api.baseUrl() + ", token=" + SlackTokens.mask(this.api.token())
				+ ", appToken=" + SlackTokens.mask(this.appToken) + "]";
	}

	/**
	 * Builds a {@link SlackWebClient}.
	 */
	public static final class Builder {

		private static final int MAX_CONNECTIONS = 128;

		private static final int MAX_PENDING_CALLS = 500;

		private @Nullable Supplier<WebClient.Builder> webClientBuilder;

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable String token;

		private @Nullable String appToken;

		private @Nullable JsonMapper jsonMapper;

		private SlackRetryPolicy retryPolicy = SlackRetryPolicy.defaults();

		private @Nullable Duration connectTimeout;

		private Duration responseTimeout = Duration.ofSeconds(30);

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable SlackApiObservationConvention observationConvention;

		private Builder() {
		}

		/**
		 * Sets the {@link WebClient.Builder} to build on (Spring Boot's, when auto-configured); it is cloned,
		 * not changed. Configure a proxy or TLS through its connector. Defaults to a builder with a Reactor Netty
		 * connector of the client's own, pooling up to 128 connections so that a burst of concurrent calls goes
		 * out at once instead of queueing for a few connections (a queued call also arms a timer of its own);
		 * that connector is also used whenever a {@link #connectTimeout(Duration) connect timeout} is set.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			Assert.notNull(webClientBuilder, "webClientBuilder must not be null");
			this.webClientBuilder = () -> webClientBuilder;
			return this;
		}

		/**
		 * Sets where the {@link WebClient.Builder} to build on comes from, asked when the client makes its first
		 * call rather than when it is built: an auto-configured client takes Spring Boot's builder this way, so that
		 * creating its HTTP connector (connection pool, DNS resolver) is not part of the application's startup.
		 * The builder is cloned, not changed, as with {@link #webClientBuilder(WebClient.Builder)}.
		 * @param webClientBuilder supplies the builder, once
		 * @return this builder
		 */
		public Builder webClientBuilder(Supplier<WebClient.Builder> webClientBuilder) {
			Assert.notNull(webClientBuilder, "webClientBuilder must not be null");
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Sets the Web API base URL, {@value SlackWebClient#DEFAULT_BASE_URL} by default.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			Assert.hasText(baseUrl, "baseUrl must not be empty");
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Sets the bot ({@code xoxb-}) or user ({@code xoxp-}) token sent as {@code Authorization: Bearer}.
		 * @param token the token
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets the app-level token ({@code xapp-}) used by {@code apps.connections.open} (Socket Mode).
		 * @param appToken the app-level token
		 * @return this builder
		 */
		public Builder appToken(@Nullable String appToken) {
			this.appToken = appToken;
			return this;
		}

		/**
		 * Sets the mapper that writes requests and reads answers (the client reads with a copy of it that creates
		 * records faster, see {@link RecordConstructorModule}); defaults to a plain {@link JsonMapper}.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Sets how failed calls are retried; {@link SlackRetryPolicy#defaults()} by default.
		 * @param retryPolicy the policy
		 * @return this builder
		 */
		public Builder retryPolicy(SlackRetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/**
		 * Sets the connect timeout. When set, the client uses a Reactor Netty connector of its own with that
		 * timeout, replacing the connector of the given {@link WebClient.Builder}; leave it unset to keep that
		 * connector (and its proxy and TLS settings). Without a given builder it defaults to 10 seconds.
		 * @param connectTimeout the connect timeout
		 * @return this builder
		 */
		public Builder connectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		/**
		 * Sets how long one attempt may wait for Slack's answer, 30 seconds by default. With a Reactor Netty
		 * connector (the default, and Spring Boot's) it is Reactor Netty's response timeout: counted once the
		 * request is sent, and again between the reads of the answer; with another connector it bounds the whole
		 * attempt. A read that times out is retried as the {@link SlackRetryPolicy} says; a write is not.
		 * @param responseTimeout the response timeout
		 * @return this builder
		 */
		public Builder responseTimeout(Duration responseTimeout) {
			Assert.isTrue(!responseTimeout.isNegative() && !responseTimeout.isZero(), "responseTimeout must be positive");
			this.responseTimeout = responseTimeout;
			return this;
		}

		/**
		 * Sets the registry that observes each call as {@code slack.api.calls} (a timer tagged with method,
		 * outcome and Slack's error code, and a span around the HTTP attempts); no observation by default.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Sets a custom convention for the {@code slack.api.calls} observations.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(@Nullable SlackApiObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Builds the client.
		 * @return the client
		 */
		public SlackWebClient build() {
			Supplier<WebClient.Builder> source = this.webClientBuilder;
			Duration timeout = (this.connectTimeout != null || source != null) ? this.connectTimeout
					: Duration.ofSeconds(10);
			Supplier<WebClient> webClient = SingletonSupplier.of(() -> {
				WebClient.Builder builder = (source != null) ? source.get().clone() : WebClient.builder();
				if (timeout != null) {
					builder.clientConnector(connector(timeout));
				}
				return builder.build();
			});
			JsonMapper mapper = ((this.jsonMapper != null) ? this.jsonMapper.rebuild() : JsonMapper.builder())
				.addModule(new RecordConstructorModule())
				.build();
			SlackApiInvoker api = new SlackApiInvoker(webClient, this.baseUrl, this.token, mapper,
					SlackMethodCatalog.standard(), this.retryPolicy, this.responseTimeout,
					new SlackApiCallObserver(this.observationRegistry, this.observationConvention));
			return new SlackWebClient(api, this.appToken);
		}

		private static ReactorClientHttpConnector connector(Duration connectTimeout) {
			ConnectionProvider connections = ConnectionProvider.builder("slack")
				.maxConnections(MAX_CONNECTIONS)
				.pendingAcquireMaxCount(MAX_PENDING_CALLS)
				.build();
			HttpClient httpClient = HttpClient.create(connections)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()));
			return new ReactorClientHttpConnector(httpClient);
		}

	}

}
