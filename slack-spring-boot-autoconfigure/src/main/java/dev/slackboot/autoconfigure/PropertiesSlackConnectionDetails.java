package dev.slackboot.autoconfigure;

import dev.slackboot.web.SlackTokens;
import org.jspecify.annotations.Nullable;

/**
 * {@link SlackConnectionDetails} from {@link SlackProperties}.
 */
final class PropertiesSlackConnectionDetails implements SlackConnectionDetails {

	private final SlackProperties properties;

	PropertiesSlackConnectionDetails(SlackProperties properties) {
		this.properties = properties;
	}

	@Override
	public String webApiBaseUrl() {
		return this.properties.getWeb().getBaseUrl();
	}

	@Override
	public @Nullable String token() {
		return this.properties.getToken();
	}

	@Override
	public @Nullable String appToken() {
		return this.properties.getAppToken();
	}

	@Override
	public @Nullable String signingSecret() {
		return this.properties.getSigningSecret();
	}

	@Override
	public String toString() {
		return "PropertiesSlackConnectionDetails[webApiBaseUrl=" + webApiBaseUrl() + ", token="
				+ SlackTokens.mask(token()) + ", appToken=" + SlackTokens.mask(appToken()) + "]";
	}

}
