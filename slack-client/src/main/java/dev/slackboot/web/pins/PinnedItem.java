package dev.slackboot.web.pins;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.Message;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One item of {@code pins.list}. Which item it holds depends on {@link #type()}: {@code message} gives
 * {@link #channel()} and {@link #message()}, {@code file} gives {@link #file()}.
 *
 * @param type the kind of item: {@code message} or {@code file} ({@code file_comment} on old workspaces)
 * @param channel the conversation the item is pinned to
 * @param created when the item was pinned, in epoch seconds
 * @param createdBy the ID of the user who pinned it
 * @param message the pinned message, for a message
 * @param file the pinned file, as JSON, for a file
 * @param additionalProperties fields this type does not model, e.g. a file's {@code comment}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PinnedItem(@Nullable String type, @Nullable String channel, @Nullable Long created,
		@Nullable String createdBy, @Nullable Message message, @Nullable JsonNode file,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public PinnedItem {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
