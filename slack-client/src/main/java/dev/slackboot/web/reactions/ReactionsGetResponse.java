package dev.slackboot.web.reactions;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.Message;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code reactions.get}: the item asked about, with its reactions. Which item it holds depends
 * on {@link #type()}: {@code message} gives {@link #channel()} and {@link #message()} (its reactions in
 * {@link Message#reactions()}), {@code file} gives {@link #file()} and {@code file_comment} gives
 * {@link #file()} and {@link #comment()}; each carries its {@code reactions}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param type the kind of item: {@code message}, {@code file} or {@code file_comment}
 * @param channel the conversation of the message, for a message
 * @param message the message and its reactions, for a message
 * @param file the file and its reactions, as JSON, for a file or file comment
 * @param comment the file comment and its reactions, as JSON, for a file comment
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReactionsGetResponse(boolean ok, @Nullable String warning, @Nullable ResponseMetadata responseMetadata,
		@Nullable String type, @Nullable String channel, @Nullable Message message, @Nullable JsonNode file,
		@Nullable JsonNode comment, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public ReactionsGetResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
