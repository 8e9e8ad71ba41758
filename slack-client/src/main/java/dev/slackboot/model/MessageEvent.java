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
 * A {@code message} event: a message was posted, changed or deleted in a conversation the app is in.
 *
 * @param type the event type, {@code message}
 * @param subtype the message subtype (e.g. {@code bot_message}, {@code message_changed}), {@code null} for a
 * plain user message
 * @param channel the conversation ID
 * @param user the ID of the user who posted it
 * @param text the message text, in Slack's markup
 * @param ts the message timestamp, its ID within the channel
 * @param threadTs the timestamp of the thread's parent, for messages in a thread
 * @param botId the ID of the bot that posted it
 * @param team the workspace ID of the author
 * @param channelType the kind of conversation: {@code channel}, {@code group}, {@code im} or {@code mpim}
 * @param eventTs the timestamp of the event
 * @param clientMsgId the ID the client gave the message
 * @param parentUserId the author of the thread's parent, for replies
 * @param appId the app ID, for messages posted by an app
 * @param username the display name a bot posted under
 * @param hidden whether the message is hidden from the channel (e.g. {@code message_changed})
 * @param deletedTs the timestamp of the deleted message, for {@code message_deleted}
 * @param message the new message, for {@code message_changed}
 * @param previousMessage the message before the change or deletion
 * @param edited who edited the message and when
 * @param botProfile the profile of the bot that posted it
 * @param blocks the message's Block Kit blocks, as JSON
 * @param attachments the message's legacy attachments, as JSON
 * @param files the files shared with the message, as JSON
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageEvent(@Nullable String type, @Nullable String subtype, @Nullable String channel,
		@Nullable String user, @Nullable String text, @Nullable String ts, @Nullable String threadTs,
		@Nullable String botId, @Nullable String team, @Nullable String channelType, @Nullable String eventTs,
		@Nullable String clientMsgId, @Nullable String parentUserId, @Nullable String appId,
		@Nullable String username, @Nullable Boolean hidden, @Nullable String deletedTs, @Nullable Message message,
		@Nullable Message previousMessage, @Nullable JsonNode edited, @Nullable JsonNode botProfile,
		@Nullable List<JsonNode> blocks, @Nullable List<JsonNode> attachments, @Nullable List<JsonNode> files,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public MessageEvent {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
