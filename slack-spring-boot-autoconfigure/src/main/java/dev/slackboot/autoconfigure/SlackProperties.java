package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.listener.SlackReplyMode;
import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for Slack.
 */
@ConfigurationProperties("slack")
public class SlackProperties {

	/**
	 * Bot token (xoxb-...) or user token (xoxp-...) for the Web API and RTM.
	 */
	private @Nullable String token;

	/**
	 * App-level token (xapp-...) for Socket Mode.
	 */
	private @Nullable String appToken;

	/**
	 * Signing secret that verifies the Events API requests Slack sends to the app.
	 */
	private @Nullable String signingSecret;

	private final Web web = new Web();

	private final Rtm rtm = new Rtm();

	private final SocketMode socketMode = new SocketMode();

	private final Events events = new Events();

	private final Listener listener = new Listener();

	public @Nullable String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getAppToken() {
		return this.appToken;
	}

	public void setAppToken(@Nullable String appToken) {
		this.appToken = appToken;
	}

	public @Nullable String getSigningSecret() {
		return this.signingSecret;
	}

	public void setSigningSecret(@Nullable String signingSecret) {
		this.signingSecret = signingSecret;
	}

	public Web getWeb() {
		return this.web;
	}

	public Rtm getRtm() {
		return this.rtm;
	}

	public SocketMode getSocketMode() {
		return this.socketMode;
	}

	public Events getEvents() {
		return this.events;
	}

	public Listener getListener() {
		return this.listener;
	}

	@Override
	public String toString() {
		return "SlackProperties[token=" + SlackTokens.mask(this.token) + ", appToken=" + SlackTokens.mask(this.appToken)
				+ ", signingSecret=" + ((this.signingSecret != null) ? "****" : "(none)") + ", web.baseUrl="
				+ this.web.getBaseUrl() + "]";
	}

	/**
	 * Web API client properties.
	 */
	public static class Web {

		/**
		 * Base URL of Slack's Web API.
		 */
		private String baseUrl = "https://slack.com/api/";

		/**
		 * Connect timeout. When not set, the HTTP client's own setting (spring.http.clients.connect-timeout)
		 * applies.
		 */
		private @Nullable Duration connectTimeout;

		/**
		 * How long one attempt of a call may wait for Slack's answer.
		 */
		private Duration responseTimeout = Duration.ofSeconds(30);

		private final Retry retry = new Retry();

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public Retry getRetry() {
			return this.retry;
		}

	}

	/**
	 * Web API retry properties.
	 */
	public static class Retry {

		/**
		 * Retries after a connection failure, and after a server error or timeout of a read method.
		 */
		private int maxRetries = 3;

		/**
		 * First backoff between retries; it doubles with each retry.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Largest backoff between retries.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		/**
		 * Retries after Slack answered 429 (rate limited).
		 */
		private int maxRateLimitRetries = 3;

		/**
		 * Longest Retry-After the client waits for; a call asked to wait longer fails.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		/**
		 * Largest random delay added to Retry-After.
		 */
		private Duration rateLimitJitter = Duration.ofSeconds(1);

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public int getMaxRateLimitRetries() {
			return this.maxRateLimitRetries;
		}

		public void setMaxRateLimitRetries(int maxRateLimitRetries) {
			this.maxRateLimitRetries = maxRateLimitRetries;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		public Duration getRateLimitJitter() {
			return this.rateLimitJitter;
		}

		public void setRateLimitJitter(Duration rateLimitJitter) {
			this.rateLimitJitter = rateLimitJitter;
		}

		SlackRetryPolicy toPolicy() {
			return new SlackRetryPolicy(this.maxRetries, this.initialBackoff, this.maxBackoff,
					this.maxRateLimitRetries, this.maxRetryAfter, this.rateLimitJitter);
		}

	}

	/**
	 * RTM (Real Time Messaging) client properties.
	 */
	public static class Rtm {

		/**
		 * Whether to receive events over RTM. Only classic Slack apps can use RTM.
		 */
		private boolean enabled;

		/**
		 * Whether to connect when the application starts.
		 */
		private boolean autoStartup = true;

		/**
		 * Web API method that opens an RTM session: rtm.connect or rtm.start.
		 */
		private String connectMethod = "rtm.connect";

		/**
		 * How often a ping is sent; a connection without a pong for three intervals is closed and replaced.
		 */
		private Duration pingInterval = Duration.ofSeconds(30);

		/**
		 * Shortest time between two messages sent over the socket (Slack allows about one per second).
		 */
		private Duration sendInterval = Duration.ofSeconds(1);

		private final Reconnect reconnect = new Reconnect();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public String getConnectMethod() {
			return this.connectMethod;
		}

		public void setConnectMethod(String connectMethod) {
			this.connectMethod = connectMethod;
		}

		public Duration getPingInterval() {
			return this.pingInterval;
		}

		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		public Duration getSendInterval() {
			return this.sendInterval;
		}

		public void setSendInterval(Duration sendInterval) {
			this.sendInterval = sendInterval;
		}

		public Reconnect getReconnect() {
			return this.reconnect;
		}

	}

	/**
	 * Reconnect properties, shared by the WebSocket transports.
	 */
	public static class Reconnect {

		/**
		 * Shortest wait before reconnecting; the wait doubles with each failed attempt, with full jitter.
		 */
		private Duration initialBackoff = Duration.ofSeconds(1);

		/**
		 * Longest wait before reconnecting.
		 */
		private Duration maxBackoff = Duration.ofMinutes(5);

		/**
		 * How long a connection must stay up before the backoff starts again from the shortest wait.
		 */
		private Duration stablePeriod = Duration.ofMinutes(1);

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getStablePeriod() {
			return this.stablePeriod;
		}

		public void setStablePeriod(Duration stablePeriod) {
			this.stablePeriod = stablePeriod;
		}

	}

	/**
	 * Listener and dispatcher properties.
	 */
	public static class Listener {

		/**
		 * Whether listener containers start when the application starts.
		 */
		private boolean autoStartup = true;

		/**
		 * Most listener invocations running at once; events of one channel always run one after another.
		 */
		private int concurrency = 8;

		/**
		 * Most events waiting for a listener; when full, the transports stop reading until half of them were
		 * delivered (backpressure).
		 */
		private int queueCapacity = 1000;

		/**
		 * Where a listener's returned text is posted: channel, follow-thread (into the event's thread when it
		 * has one) or thread (always as a thread reply).
		 */
		private SlackReplyMode replyMode = SlackReplyMode.FOLLOW_THREAD;

		/**
		 * How long event IDs are remembered to drop redeliveries.
		 */
		private Duration deduplicationTtl = Duration.ofMinutes(10);

		/**
		 * Whether listener invocations are observed as 'slack.listener' (timers and spans).
		 */
		private boolean observationEnabled = true;

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

		public int getQueueCapacity() {
			return this.queueCapacity;
		}

		public void setQueueCapacity(int queueCapacity) {
			this.queueCapacity = queueCapacity;
		}

		public SlackReplyMode getReplyMode() {
			return this.replyMode;
		}

		public void setReplyMode(SlackReplyMode replyMode) {
			this.replyMode = replyMode;
		}

		public Duration getDeduplicationTtl() {
			return this.deduplicationTtl;
		}

		public void setDeduplicationTtl(Duration deduplicationTtl) {
			this.deduplicationTtl = deduplicationTtl;
		}

		public boolean isObservationEnabled() {
			return this.observationEnabled;
		}

		public void setObservationEnabled(boolean observationEnabled) {
			this.observationEnabled = observationEnabled;
		}

	}

	/**
	 * Socket Mode client properties.
	 */
	public static class SocketMode {

		/**
		 * Whether to receive events over Socket Mode (needs slack.app-token).
		 */
		private boolean enabled;

		/**
		 * Whether to connect when the application starts.
		 */
		private boolean autoStartup = true;

		/**
		 * Number of WebSocket connections to keep open (1 to 10); Slack spreads events over them.
		 */
		private int connections = 1;

		/**
		 * How often a ping is sent; a connection without a pong for three intervals is closed and replaced.
		 */
		private Duration pingInterval = Duration.ofSeconds(30);

		private final Reconnect reconnect = new Reconnect();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public int getConnections() {
			return this.connections;
		}

		public void setConnections(int connections) {
			this.connections = connections;
		}

		public Duration getPingInterval() {
			return this.pingInterval;
		}

		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		public Reconnect getReconnect() {
			return this.reconnect;
		}

	}

	/**
	 * Events API (HTTP) endpoint properties.
	 */
	public static class Events {

		/**
		 * Whether to serve the Events API endpoint. It needs slack.signing-secret and a reactive web server.
		 */
		private boolean enabled = true;

		/**
		 * Path of the request URL Slack posts events to.
		 */
		private String path = "/slack/events";

		/**
		 * Largest request body accepted; larger requests are refused with 413.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(512);

		/**
		 * How far a request's X-Slack-Request-Timestamp may be from now; older or newer requests are refused.
		 */
		private Duration timestampTolerance = Duration.ofMinutes(5);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

		public Duration getTimestampTolerance() {
			return this.timestampTolerance;
		}

		public void setTimestampTolerance(Duration timestampTolerance) {
			this.timestampTolerance = timestampTolerance;
		}

	}

}
