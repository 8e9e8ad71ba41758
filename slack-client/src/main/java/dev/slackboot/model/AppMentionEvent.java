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
 * An {@code app_mention} event: a message mentioned the app.
 *
 * @param type the event type, {@code app_mention}
 * @param subtype the message subtype, if any
 * @param user the ID of the user who mentioned the app
 * @param text the message text, with the mention as {@code <@U...>}
 * @param ts the message timestamp
 * @param threadTs the timestamp of the thread's parent, for mentions in a thread
 * @param channel the conversation ID
 * @param team the workspace ID of the author
 * @param eventTs the timestamp of the event
 * @param clientMsgId the ID the client gave the message
 * @param botId the ID of the bot that posted it, if a bot did
 * @param appId the app ID, if an app posted it
 * @param username the display name a bot posted under
 * @param edited who edited the message and when
 * @param blocks the message's Block Kit blocks, as JSON
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppMentionEvent(@Nullable String type, @Nullable String subtype, @Nullable String user,
		@Nullable String text, @Nullable String ts, @Nullable String threadTs, @Nullable String channel,
		@Nullable String team, @Nullable String eventTs, @Nullable String clientMsgId, @Nullable String botId,
		@Nullable String appId, @Nullable String username, @Nullable JsonNode edited,
		@Nullable List<JsonNode> blocks, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public AppMentionEvent {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
