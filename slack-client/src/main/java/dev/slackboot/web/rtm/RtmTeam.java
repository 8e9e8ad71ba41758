package dev.slackboot.web.rtm;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code team} of an RTM session: the workspace the connection belongs to.
 *
 * @param id the workspace ID
 * @param name the workspace name
 * @param domain the workspace's subdomain of {@code slack.com}
 * @param enterpriseId the Enterprise Grid organization ID, if any
 * @param enterpriseName the Enterprise Grid organization name, if any
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RtmTeam(@Nullable String id, @Nullable String name, @Nullable String domain,
		@Nullable String enterpriseId, @Nullable String enterpriseName,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public RtmTeam {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
