package dev.slackboot.web.conversations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.model.Conversation;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code conversations.invite}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param channel the channel the users were invited to
 * @param errors the users that could not be invited, when {@code force} was set
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationsInviteResponse(boolean ok, @Nullable String warning,
		@Nullable ResponseMetadata responseMetadata, @Nullable Conversation channel,
		@Nullable List<InviteFailure> errors, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements SlackApiResponse {

	public ConversationsInviteResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

	/**
	 * A user {@code conversations.invite} with {@code force} could not invite.
	 *
	 * @param ok always {@code false}
	 * @param error Slack's error code for this user, e.g. {@code user_is_bot}
	 * @param user the user ID
	 * @param additionalProperties fields this type does not model
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record InviteFailure(@Nullable Boolean ok, @Nullable String error, @Nullable String user,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public InviteFailure {
			additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
		}

	}

}
