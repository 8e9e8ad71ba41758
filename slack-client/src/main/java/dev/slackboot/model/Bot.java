package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A bot, as {@code bots.info} answers it and as messages carry it in {@code bot_profile}.
 *
 * @param id the bot ID ({@code B...})
 * @param deleted whether the bot was removed
 * @param name the bot's name
 * @param updated when the bot was last changed, in epoch seconds
 * @param appId the ID of the app the bot belongs to
 * @param userId the ID of the bot's user, the one to compare with a message's {@code user}
 * @param teamId the ID of the workspace the bot belongs to
 * @param icons the bot's icons
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Bot(@Nullable String id, @Nullable Boolean deleted, @Nullable String name, @Nullable Long updated,
		@Nullable String appId, @Nullable String userId, @Nullable String teamId, @Nullable BotIcons icons,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Bot {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
