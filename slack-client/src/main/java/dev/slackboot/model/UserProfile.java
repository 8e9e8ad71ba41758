package dev.slackboot.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The profile of a Slack {@link User}. Which fields are present depends on the token's scopes (the email
 * address needs {@code users:read.email}) and on what the user filled in.
 *
 * @param realName the user's full name
 * @param realNameNormalized the full name, normalized
 * @param displayName the name the user chose to be shown under; may be empty, then clients show the real name
 * @param displayNameNormalized the display name, normalized
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param phone the phone number
 * @param title the job title
 * @param pronouns the user's pronouns
 * @param statusText the custom status text
 * @param statusEmoji the custom status emoji, e.g. {@code :palm_tree:}
 * @param statusExpiration when the custom status expires, in Unix seconds; {@code 0} for never
 * @param team the ID of the workspace the profile belongs to
 * @param botId the bot ID, for a bot user
 * @param apiAppId the app ID, for an app's bot user
 * @param alwaysActive whether a bot user is always shown as active
 * @param avatarHash a hash of the avatar, which changes when the avatar does
 * @param isCustomImage whether the user uploaded an avatar
 * @param image24 the avatar URL, 24 pixels square
 * @param image32 the avatar URL, 32 pixels square
 * @param image48 the avatar URL, 48 pixels square
 * @param image72 the avatar URL, 72 pixels square
 * @param image192 the avatar URL, 192 pixels square
 * @param image512 the avatar URL, 512 pixels square
 * @param image1024 the avatar URL, 1024 pixels square
 * @param imageOriginal the avatar URL, as uploaded
 * @param additionalProperties fields this type does not model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserProfile(@Nullable String realName, @Nullable String realNameNormalized,
		@Nullable String displayName, @Nullable String displayNameNormalized, @Nullable String firstName,
		@Nullable String lastName, @Nullable String email, @Nullable String phone, @Nullable String title,
		@Nullable String pronouns, @Nullable String statusText, @Nullable String statusEmoji,
		@Nullable Long statusExpiration, @Nullable String team, @Nullable String botId, @Nullable String apiAppId,
		@Nullable Boolean alwaysActive, @Nullable String avatarHash, @Nullable Boolean isCustomImage,
		@JsonProperty("image_24") @Nullable String image24, @JsonProperty("image_32") @Nullable String image32,
		@JsonProperty("image_48") @Nullable String image48, @JsonProperty("image_72") @Nullable String image72,
		@JsonProperty("image_192") @Nullable String image192, @JsonProperty("image_512") @Nullable String image512,
		@JsonProperty("image_1024") @Nullable String image1024, @Nullable String imageOriginal,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public UserProfile {
		additionalProperties = AdditionalProperties.orEmpty(additionalProperties);
	}

}
