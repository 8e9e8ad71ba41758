package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A {@code reaction_added} event: a user added an emoji reaction to an item.
 *
 * @param type the event type, {@code reaction_added}
 * @param user the ID of the user who reacted
 * @param reaction the emoji name, without colons
 * @param itemUser the ID of the user who owns the item
 * @param item the item reacted to
 * @param eventTs the timestamp of the event
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReactionAddedEvent(@Nullable String type, @Nullable String user, @Nullable String reaction,
		@Nullable String itemUser, @Nullable Item item, @Nullable String eventTs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ReactionAddedEvent {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

	/**
	 * The item of a reaction event: a message, a file or a file comment.
	 *
	 * @param type the item type: {@code message}, {@code file} or {@code file_comment}
	 * @param channel the channel of a message
	 * @param ts the timestamp of a message
	 * @param file the ID of a file
	 * @param fileComment the ID of a file comment
	 * @param additionalProperties fields this type does not model
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record Item(@Nullable String type, @Nullable String channel, @Nullable String ts, @Nullable String file,
			@Nullable String fileComment, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Item {
			additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
		}

	}

}
