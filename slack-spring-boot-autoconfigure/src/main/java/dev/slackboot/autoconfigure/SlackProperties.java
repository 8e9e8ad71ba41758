package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.web.SlackRetryPolicy;
import dev.slackboot.web.SlackTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

}
