package dev.slackboot.web.conversations;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.Conversation;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code conversations.join}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param channel the joined channel
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationsJoinResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable Conversation channel,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public ConversationsJoinResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
