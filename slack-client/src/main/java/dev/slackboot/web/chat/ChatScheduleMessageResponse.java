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
 * Answer of {@code chat.scheduleMessage}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param channel the ID of the conversation the message is scheduled for
 * @param scheduledMessageId the ID of the scheduled message, for {@code chat.deleteScheduledMessage}
 * @param postAt when the message is posted, in epoch seconds
 * @param message the message as it will be posted
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatScheduleMessageResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable String channel, @Nullable String scheduledMessageId,
		@Nullable Long postAt, @Nullable Message message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements SlackApiResponse {

	public ChatScheduleMessageResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
