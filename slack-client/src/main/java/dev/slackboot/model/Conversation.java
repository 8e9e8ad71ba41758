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
 * A Slack conversation: a public or private channel, a direct message ({@code im}) or a multi-person direct
 * message ({@code mpim}), as {@code conversations.*} answers carry it. Which fields are present depends on the
 * kind of conversation and on the method.
 *
 * @param id the conversation ID, e.g. {@code C0123} for a channel or {@code D0123} for a direct message
 * @param name the channel name, without {@code #}; absent for direct messages
 * @param nameNormalized the channel name, normalized
 * @param isChannel whether it is a public channel
 * @param isGroup whether it is a legacy private channel
 * @param isIm whether it is a direct message
 * @param isMpim whether it is a multi-person direct message
 * @param isPrivate whether it is private
 * @param isArchived whether it is archived
 * @param isGeneral whether it is the workspace's general channel
 * @param isShared whether it is shared with other workspaces
 * @param isExtShared whether it is shared with another organization (Slack Connect)
 * @param isOrgShared whether it is shared across an Enterprise Grid organization
 * @param isMember whether the calling user or bot is a member
 * @param isOpen whether the direct message is open
 * @param created when it was created, in Unix seconds
 * @param creator the ID of the user who created it
 * @param user the other user of a direct message
 * @param topic the channel topic
 * @param purpose the channel purpose
 * @param previousNames earlier names of the channel
 * @param numMembers the number of members, when asked for ({@code include_num_members})
 * @param lastRead the timestamp of the last message the calling user read
 * @param unreadCount the number of unread messages
 * @param unreadCountDisplay the number of unread messages the client shows
 * @param latest the latest message, for direct messages
 * @param locale the conversation locale, when asked for ({@code include_locale})
 * @param contextTeamId the workspace the conversation is seen from
 * @param updated when it was last updated, in Unix milliseconds
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Conversation(@Nullable String id, @Nullable String name, @Nullable String nameNormalized,
		@Nullable Boolean isChannel, @Nullable Boolean isGroup, @Nullable Boolean isIm, @Nullable Boolean isMpim,
		@Nullable Boolean isPrivate, @Nullable Boolean isArchived, @Nullable Boolean isGeneral,
		@Nullable Boolean isShared, @Nullable Boolean isExtShared, @Nullable Boolean isOrgShared,
		@Nullable Boolean isMember, @Nullable Boolean isOpen, @Nullable Long created, @Nullable String creator,
		@Nullable String user, @Nullable Topic topic, @Nullable Topic purpose, @Nullable List<String> previousNames,
		@Nullable Integer numMembers, @Nullable String lastRead, @Nullable Integer unreadCount,
		@Nullable Integer unreadCountDisplay, @Nullable Message latest, @Nullable String locale,
		@Nullable String contextTeamId, @Nullable Long updated,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Conversation {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

	/**
	 * The topic or the purpose of a channel (both have this shape).
	 *
	 * @param value the text
	 * @param creator the ID of the user who set it
	 * @param lastSet when it was set, in Unix seconds
	 * @param additionalProperties fields this type does not model
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record Topic(@Nullable String value, @Nullable String creator, @Nullable Long lastSet,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Topic {
			additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
		}

	}

}
