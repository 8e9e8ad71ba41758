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
 * A file shared in Slack, as the {@code files.*} methods and file events carry it.
 *
 * @param id the file ID
 * @param created when the file was created, in seconds since the epoch
 * @param timestamp when the file was uploaded, in seconds since the epoch
 * @param name the file name
 * @param title the title shown in Slack
 * @param mimetype the MIME type
 * @param filetype Slack's file type, e.g. {@code png} or {@code text}
 * @param prettyType the human-readable file type
 * @param user the ID of the user who uploaded it
 * @param userTeam the workspace ID of that user
 * @param editable whether the file is a snippet or post that can be edited
 * @param size the size in bytes
 * @param mode how the file is stored: {@code hosted}, {@code external}, {@code snippet} or {@code post}
 * @param isExternal whether the file is stored outside Slack
 * @param externalType the external storage, for external files
 * @param isPublic whether the file is shared in a public channel
 * @param publicUrlShared whether a public link to the file was created
 * @param displayAsBot whether the file is shown as shared by a bot
 * @param username the display name of the bot that shared it
 * @param urlPrivate the URL of the file, readable with the bot's token
 * @param urlPrivateDownload the download URL of the file, readable with the bot's token
 * @param permalink the URL of the file's page in Slack
 * @param permalinkPublic the public URL of the file, once shared publicly
 * @param channels the public channels the file is shared in
 * @param groups the private channels the file is shared in
 * @param ims the direct messages the file is shared in
 * @param shares where the file is shared, by {@code public} and {@code private} then by conversation ID, as
 * JSON
 * @param altTxt the description of an image for screen readers
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SlackFile(@Nullable String id, @Nullable Long created, @Nullable Long timestamp, @Nullable String name,
		@Nullable String title, @Nullable String mimetype, @Nullable String filetype, @Nullable String prettyType,
		@Nullable String user, @Nullable String userTeam, @Nullable Boolean editable, @Nullable Long size,
		@Nullable String mode, @Nullable Boolean isExternal, @Nullable String externalType,
		@Nullable Boolean isPublic, @Nullable Boolean publicUrlShared, @Nullable Boolean displayAsBot,
		@Nullable String username, @Nullable String urlPrivate, @Nullable String urlPrivateDownload,
		@Nullable String permalink, @Nullable String permalinkPublic, @Nullable List<String> channels,
		@Nullable List<String> groups, @Nullable List<String> ims, @Nullable JsonNode shares,
		@Nullable String altTxt, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public SlackFile {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
