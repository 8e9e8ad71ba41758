package dev.slackboot.web.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.Message;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code chat.update}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param channel the ID of the conversation of the message
 * @param ts the message's timestamp
 * @param text the new text
 * @param message the message as Slack stored it
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatUpdateResponse(boolean ok, @Nullable String warning, @Nullable ResponseMetadata responseMetadata,
		@Nullable String channel, @Nullable String ts, @Nullable String text, @Nullable Message message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements SlackApiResponse {

	public ChatUpdateResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
