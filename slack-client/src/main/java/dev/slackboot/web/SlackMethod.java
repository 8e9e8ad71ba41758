package dev.slackboot.web;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * What the client knows about one Slack Web API method: how it is sent and how it may be retried.
 *
 * @param name the method name, e.g. {@code chat.postMessage}
 * @param httpMethod the HTTP method Slack documents for it
 * @param jsonBody whether the arguments are sent as a JSON body (otherwise form-encoded or as a query)
 * @param rateLimitTier Slack's rate-limit tier ({@code t1}-{@code t5}), or {@code -} when not documented
 */
public record SlackMethod(String name, HttpMethod httpMethod, boolean jsonBody, String rateLimitTier) {

	public SlackMethod {
		Assert.hasText(name, "Slack method name must not be empty");
	}

	/**
	 * Describes a method the catalogue does not list: sent as a form-encoded POST and never retried after it
	 * may have reached Slack.
	 * @param name the method name
	 * @return a conservative description
	 */
	public static SlackMethod unlisted(String name) {
		return new SlackMethod(name, HttpMethod.POST, false, "-");
	}

	/**
	 * Whether the method only reads, so that it can be retried safely after a server error or a timeout.
	 * Slack documents its read methods as {@code GET}.
	 * @return {@code true} for read methods
	 */
	public boolean idempotent() {
		return HttpMethod.GET.equals(this.httpMethod);
	}

}
