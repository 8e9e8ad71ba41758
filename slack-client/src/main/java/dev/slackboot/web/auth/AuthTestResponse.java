package dev.slackboot.web.auth;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code auth.test}: who the token belongs to.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param url the workspace URL
 * @param team the workspace name
 * @param user the user name of the token's owner
 * @param teamId the workspace ID
 * @param userId the user ID of the token's owner (the bot user for a bot token)
 * @param botId the bot ID, for a bot token
 * @param enterpriseId the Enterprise Grid organization ID, if any
 * @param isEnterpriseInstall whether the app is installed on the whole organization
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuthTestResponse(boolean ok, @Nullable String warning, @Nullable ResponseMetadata responseMetadata,
		@Nullable String url, @Nullable String team, @Nullable String user, @Nullable String teamId,
		@Nullable String userId, @Nullable String botId, @Nullable String enterpriseId,
		@Nullable Boolean isEnterpriseInstall,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements SlackApiResponse {

	public AuthTestResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
