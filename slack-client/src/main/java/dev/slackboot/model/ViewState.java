package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code state} of a {@link View}: what the user entered in its input blocks.
 *
 * @param values the entered values by block ID, then by action ID; each value is the element's state as JSON
 * (e.g. {@code {"type": "plain_text_input", "value": "..."}})
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ViewState(@Nullable Map<String, Map<String, JsonNode>> values,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ViewState {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
