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
 * A view (a modal or an App Home tab), as the {@code views.*} methods answer it.
 *
 * @param id the view ID, used by {@code views.update}
 * @param teamId the workspace ID
 * @param type the view type: {@code modal} or {@code home}
 * @param title the title, a Block Kit text object, as JSON
 * @param submit the submit button's label, a Block Kit text object, as JSON
 * @param close the close button's label, a Block Kit text object, as JSON
 * @param blocks the view's Block Kit blocks, as JSON
 * @param privateMetadata the string the app stored with the view
 * @param callbackId the app's identifier for the view
 * @param externalId the app's unique identifier for the view, usable instead of the view ID
 * @param state the values the user has entered so far
 * @param hash the version of the view, passed to {@code views.update} to avoid lost updates
 * @param clearOnClose whether closing the view closes every view pushed onto the stack
 * @param notifyOnClose whether the app is sent a {@code view_closed} event when the user closes the view
 * @param submitDisabled whether the submit button is disabled
 * @param rootViewId the ID of the view at the bottom of the stack
 * @param previousViewId the ID of the view below this one on the stack
 * @param appId the ID of the app that owns the view
 * @param appInstalledTeamId the workspace the app is installed in
 * @param botId the ID of the app's bot
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record View(@Nullable String id, @Nullable String teamId, @Nullable String type, @Nullable JsonNode title,
		@Nullable JsonNode submit, @Nullable JsonNode close, @Nullable List<JsonNode> blocks,
		@Nullable String privateMetadata, @Nullable String callbackId, @Nullable String externalId,
		@Nullable ViewState state, @Nullable String hash, @Nullable Boolean clearOnClose,
		@Nullable Boolean notifyOnClose, @Nullable Boolean submitDisabled, @Nullable String rootViewId,
		@Nullable String previousViewId, @Nullable String appId, @Nullable String appInstalledTeamId,
		@Nullable String botId, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public View {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
