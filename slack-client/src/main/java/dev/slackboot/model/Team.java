package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Slack workspace, as {@code team.info} answers it.
 *
 * @param id the workspace ID ({@code T...})
 * @param name the workspace name
 * @param domain the workspace's subdomain of {@code slack.com}
 * @param emailDomain the email domain(s) people may sign up with, comma-separated
 * @param url the workspace URL
 * @param icon the workspace icon URLs by size ({@code image_34} ... {@code image_original}), as JSON
 * @param isVerified whether the organization is verified
 * @param enterpriseId the Enterprise Grid organization ID, if any
 * @param enterpriseName the Enterprise Grid organization name, if any
 * @param enterpriseDomain the Enterprise Grid organization domain, if any
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Team(@Nullable String id, @Nullable String name, @Nullable String domain, @Nullable String emailDomain,
		@Nullable String url, @Nullable JsonNode icon, @Nullable Boolean isVerified, @Nullable String enterpriseId,
		@Nullable String enterpriseName, @Nullable String enterpriseDomain,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Team {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
