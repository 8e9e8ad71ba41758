package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The icons of a bot, by size.
 *
 * @param image36 the URL of the 36 by 36 pixel icon
 * @param image48 the URL of the 48 by 48 pixel icon
 * @param image72 the URL of the 72 by 72 pixel icon
 * @param additionalProperties fields this type does not model, e.g. other sizes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotIcons(@JsonProperty("image_36") @Nullable String image36,
		@JsonProperty("image_48") @Nullable String image48, @JsonProperty("image_72") @Nullable String image72,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public BotIcons {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
