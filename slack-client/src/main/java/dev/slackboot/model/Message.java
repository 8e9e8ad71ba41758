package dev.slackboot.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Slack message, as Web API answers and message events carry it.
 *
 * @param type the object type, {@code message}
 * @param subtype the message subtype (e.g. {@code bot_message}), {@code null} for a plain user message
 * @param text the message text, in Slack's markup
 * @param user the ID of the user who sent it
 * @param botId the ID of the bot that sent it
 * @param username the display name a bot posted under
 * @param ts the message timestamp, its ID within the channel
 * @param threadTs the timestamp of the thread's parent, for messages in a thread
 * @param parentUserId the author of the thread's parent
 * @param team the workspace ID of the author
 * @param channel the channel ID, when the answer names it
 * @param appId the app ID, for messages posted by an app
 * @param replyCount the number of replies, on a thread's parent
 * @param replyUsersCount the number of users who replied, on a thread's parent
 * @param latestReply the timestamp of the latest reply, on a thread's parent
 * @param replyUsers the users who replied, on a thread's parent
 * @param reactions the reactions on the message
 * @param blocks the message's Block Kit blocks, as JSON
 * @param attachments the message's legacy attachments, as JSON
 * @param botProfile the bot that sent it, for messages posted by a bot
 * @param edited who last edited the message and when ({@code user}, {@code ts}), as JSON; {@code null} if it
 * was never edited
 * @param files the files shared with the message, as JSON
 * @param metadata the message metadata ({@code event_type}, {@code event_payload}), as JSON
 * @param permalink the message's permanent URL, when the answer includes it
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(@Nullable String type, @Nullable String subtype, @Nullable String text, @Nullable String user,
		@Nullable String botId, @Nullable String username, @Nullable String ts, @Nullable String threadTs,
		@Nullable String parentUserId, @Nullable String team, @Nullable String channel, @Nullable String appId,
		@Nullable Integer replyCount, @Nullable Integer replyUsersCount, @Nullable String latestReply,
		@Nullable List<String> replyUsers, @Nullable List<Reaction> reactions, @Nullable List<JsonNode> blocks,
		@Nullable List<JsonNode> attachments, @Nullable Bot botProfile, @Nullable JsonNode edited,
		@Nullable List<JsonNode> files, @Nullable JsonNode metadata, @Nullable String permalink,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Message {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
