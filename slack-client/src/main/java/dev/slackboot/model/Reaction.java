package dev.slackboot.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An emoji reaction on a message or file.
 *
 * @param name the emoji name, without colons
 * @param count how many users reacted with it
 * @param users the IDs of (some of) the users who reacted
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Reaction(@Nullable String name, @Nullable Integer count, @Nullable List<String> users,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Reaction {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
