package dev.slackboot.web.conversations;

import java.util.List;
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
 * Answer of {@code conversations.history}: one page of a conversation's messages, newest first.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param messages the messages of this page, newest first
 * @param hasMore whether there are more messages than this page holds
 * @param pinCount the number of pinned items in the conversation
 * @param oldest the {@code oldest} bound the history was read from, when one was given
 * @param latest the {@code latest} bound the history was read to, when one was given
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationsHistoryResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable List<Message> messages, @Nullable Boolean hasMore,
		@Nullable Integer pinCount, @Nullable String oldest, @Nullable String latest,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public ConversationsHistoryResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
