package dev.slackboot.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code response_metadata} of a Web API answer: the cursor of the next page, warnings and messages.
 *
 * @param nextCursor the cursor of the next page; empty or {@code null} on the last page
 * @param warnings warning codes
 * @param messages human-readable details of warnings or errors
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResponseMetadata(@Nullable String nextCursor, @Nullable List<String> warnings,
		@Nullable List<String> messages, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ResponseMetadata {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
