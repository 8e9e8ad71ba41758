package dev.slackboot.web.users;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.User;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code users.list}: one page of the workspace's users.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param members the users of this page
 * @param cacheTs when the list was assembled, in Unix seconds
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsersListResponse(boolean ok, @Nullable String warning, @Nullable ResponseMetadata responseMetadata,
		@Nullable List<User> members, @Nullable Long cacheTs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public UsersListResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
