package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Slack user (a person, a bot user or an app user), as {@code users.*} answers carry it.
 *
 * @param id the user ID, e.g. {@code U0123}
 * @param teamId the ID of the user's workspace
 * @param name the user name (a legacy handle; prefer the profile's display or real name)
 * @param realName the user's full name
 * @param deleted whether the account is deactivated
 * @param color the colour used for the user in some clients, as hex without {@code #}
 * @param tz the time zone, e.g. {@code America/Los_Angeles}
 * @param tzLabel a readable name of the time zone
 * @param tzOffset the time zone's offset from UTC, in seconds
 * @param profile the user's profile: names, email, status, avatar
 * @param isAdmin whether the user is a workspace admin
 * @param isOwner whether the user is a workspace owner
 * @param isPrimaryOwner whether the user is the workspace's primary owner
 * @param isRestricted whether the user is a guest (multi-channel)
 * @param isUltraRestricted whether the user is a single-channel guest
 * @param isBot whether it is a bot user
 * @param isAppUser whether it is an app user
 * @param isWorkflowBot whether it is a workflow bot
 * @param isInvitedUser whether the user was invited and has not joined yet
 * @param isEmailConfirmed whether the user confirmed their email address
 * @param locale the user's locale, when asked for ({@code include_locale})
 * @param updated when the user was last updated, in Unix seconds
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(@Nullable String id, @Nullable String teamId, @Nullable String name, @Nullable String realName,
		@Nullable Boolean deleted, @Nullable String color, @Nullable String tz, @Nullable String tzLabel,
		@Nullable Integer tzOffset, @Nullable UserProfile profile, @Nullable Boolean isAdmin,
		@Nullable Boolean isOwner, @Nullable Boolean isPrimaryOwner, @Nullable Boolean isRestricted,
		@Nullable Boolean isUltraRestricted, @Nullable Boolean isBot, @Nullable Boolean isAppUser,
		@Nullable Boolean isWorkflowBot, @Nullable Boolean isInvitedUser, @Nullable Boolean isEmailConfirmed,
		@Nullable String locale, @Nullable Long updated,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public User {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
