package dev.slackboot.web.chat;

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
 * Answer of {@code chat.getPermalink}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param channel the ID of the conversation of the message
 * @param permalink the message's permanent URL
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatGetPermalinkResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable String channel, @Nullable String permalink,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements SlackApiResponse {

	public ChatGetPermalinkResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
