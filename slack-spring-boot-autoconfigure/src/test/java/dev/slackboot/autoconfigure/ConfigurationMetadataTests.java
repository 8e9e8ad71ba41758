package dev.slackboot.autoconfigure;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs use for completion is generated and describes the properties.
 */
class ConfigurationMetadataTests {

	@Test
	void slackPropertiesAreDocumented() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			for (String name : new String[] { "slack.token", "slack.app-token", "slack.signing-secret",
					"slack.web.base-url", "slack.web.response-timeout", "slack.web.retry.max-retries" }) {
				JsonNode property = find(metadata, name);
				assertThat(property).as(name).isNotNull();
				assertThat(property.path("description").asString()).as(name + " description").isNotBlank();
			}
			assertThat(find(metadata, "slack.web.base-url").path("defaultValue").asString())
				.isEqualTo("https://slack.com/api/");
		}
	}

	private static JsonNode find(JsonNode metadata, String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals(name)) {
				return property;
			}
		}
		return null;
	}

}
