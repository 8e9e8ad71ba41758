package dev.slackboot.web.rtm;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code self} of an RTM session: the user (for a bot token, the bot user) the connection belongs to.
 *
 * @param id the user ID
 * @param name the user name
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RtmSelf(@Nullable String id, @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public RtmSelf {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
