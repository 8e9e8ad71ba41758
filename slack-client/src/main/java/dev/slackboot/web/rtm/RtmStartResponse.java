package dev.slackboot.web.rtm;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slackboot.model.AdditionalProperties;
import dev.slackboot.web.ResponseMetadata;
import dev.slackboot.web.SlackApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Answer of {@code rtm.start}: where to open the RTM WebSocket and whom it belongs to. The snapshot of the
 * workspace (users, channels, ...) that {@code rtm.start} also returns stays in {@code additionalProperties}.
 *
 * @param ok always {@code true}
 * @param warning Slack's warnings, if any
 * @param responseMetadata response metadata, if any
 * @param url the WebSocket URL, valid for 30 seconds
 * @param self the user the connection belongs to
 * @param team the workspace the connection belongs to
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RtmStartResponse(boolean ok, @Nullable String warning, @Nullable ResponseMetadata responseMetadata,
		@Nullable String url, @Nullable RtmSelf self, @Nullable RtmTeam team,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements SlackApiResponse {

	public RtmStartResponse {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
