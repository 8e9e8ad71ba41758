package dev.slackboot.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the Slack health check.
 */
@ConfigurationProperties("management.health.slack")
public class SlackHealthIndicatorProperties {

	/**
	 * Whether to enable the Slack health check.
	 */
	private boolean enabled = true;

	/**
	 * How long a Slack connection may stay down (connecting or reconnecting) before the health check reports
	 * DOWN; until then it reports UNKNOWN.
	 */
	private Duration downAfter = Duration.ofMinutes(2);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getDownAfter() {
		return this.downAfter;
	}

	public void setDownAfter(Duration downAfter) {
		this.downAfter = downAfter;
	}

}
