package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A {@code member_joined_channel} event: a user joined a conversation the app is in.
 *
 * @param type the event type, {@code member_joined_channel}
 * @param user the ID of the user who joined
 * @param channel the conversation ID
 * @param channelType the kind of conversation: {@code C} for a public channel, {@code G} for a private one
 * @param team the workspace ID of the user
 * @param inviter the ID of the user who invited them, if someone did
 * @param enterprise the Enterprise Grid organization ID, if any
 * @param eventTs the timestamp of the event
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MemberJoinedChannelEvent(@Nullable String type, @Nullable String user, @Nullable String channel,
		@Nullable String channelType, @Nullable String team, @Nullable String inviter, @Nullable String enterprise,
		@Nullable String eventTs, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public MemberJoinedChannelEvent {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
