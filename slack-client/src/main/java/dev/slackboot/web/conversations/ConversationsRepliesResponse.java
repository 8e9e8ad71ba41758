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
 * Answer of {@code conversations.replies}: one page of a thread, the parent message first.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param messages the messages of this page: the parent first, then the replies, oldest first
 * @param hasMore whether there are more messages than this page holds
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationsRepliesResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable List<Message> messages, @Nullable Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public ConversationsRepliesResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
