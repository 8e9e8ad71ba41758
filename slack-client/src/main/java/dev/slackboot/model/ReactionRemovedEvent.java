package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.ReactionAddedEvent.Item;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A {@code reaction_removed} event: a user removed an emoji reaction from an item.
 *
 * @param type the event type, {@code reaction_removed}
 * @param user the ID of the user who removed the reaction
 * @param reaction the emoji name, without colons
 * @param itemUser the ID of the user who owns the item
 * @param item the item the reaction was removed from (the same type as {@link ReactionAddedEvent#item()})
 * @param eventTs the timestamp of the event
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReactionRemovedEvent(@Nullable String type, @Nullable String user, @Nullable String reaction,
		@Nullable String itemUser, @Nullable Item item, @Nullable String eventTs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ReactionRemovedEvent {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
