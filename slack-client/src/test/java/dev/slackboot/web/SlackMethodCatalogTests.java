package dev.slackboot.web;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the catalogue the client ships ({@code slack-methods.tsv}) consistent with Slack's method reference
 * (a copy of slack-api-ref in the test resources).
 */
class SlackMethodCatalogTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void catalogueListsEveryReferenceMethodAsTheReferenceDescribesIt() throws Exception {
		Map<String, JsonNode> reference = reference();
		SlackMethodCatalog catalog = SlackMethodCatalog.standard();
		assertThat(catalog.methods()).extracting(SlackMethod::name).containsExactlyElementsOf(reference.keySet());
		reference.forEach((name, spec) -> {
			SlackMethod method = catalog.find(name);
			assertThat(method).as(name).isNotNull();
			HttpMethod http = HttpMethod.valueOf(spec.path("http_method").asString("POST"));
			assertThat(method.httpMethod()).as("%s HTTP method", name).isEqualTo(http);
			boolean json = HttpMethod.POST.equals(http) && spec.path("json_input_supported").asBoolean(false);
			assertThat(method.jsonBody()).as("%s JSON body", name).isEqualTo(json);
			String tier = spec.path("rate_limits").asString("");
			assertThat(method.rateLimitTier()).as("%s tier", name).isEqualTo(tier.matches("t[1-5]") ? tier : "-");
		});
	}

	@Test
	void typedMethodsAreInTheCatalogue() {
		List<String> typed = List.of("auth.test", "chat.postMessage", "chat.postEphemeral", "chat.update",
				"chat.delete", "chat.getPermalink", "chat.scheduleMessage", "conversations.list", "conversations.info",
				"conversations.history", "conversations.replies", "conversations.members", "conversations.join",
				"conversations.open", "conversations.create", "conversations.invite", "users.list", "users.info",
				"users.lookupByEmail", "reactions.add", "reactions.remove", "reactions.get", "pins.add", "pins.remove",
				"pins.list", "team.info", "bots.info", "views.open", "views.publish", "views.update", "views.push",
				"rtm.connect", "rtm.start", "apps.connections.open", "files.getUploadURLExternal",
				"files.completeUploadExternal");
		assertThat(typed).allSatisfy((name) -> assertThat(SlackMethodCatalog.standard().find(name)).as(name).isNotNull());
	}

	@Test
	void readMethodsAreTheOnesSlackDocumentsAsGet() {
		assertThat(SlackMethodCatalog.standard().get("conversations.history").idempotent()).isTrue();
		assertThat(SlackMethodCatalog.standard().get("chat.postMessage").idempotent()).isFalse();
	}

	@Test
	void unlistedMethodIsSentAsFormPostAndNeverRetriedAsARead() {
		SlackMethod method = SlackMethodCatalog.standard().get("brand.newMethod");
		assertThat(method.httpMethod()).isEqualTo(HttpMethod.POST);
		assertThat(method.jsonBody()).isFalse();
		assertThat(method.idempotent()).isFalse();
	}

	private static Map<String, JsonNode> reference() throws IOException, URISyntaxException {
		Path folder = Path.of(SlackMethodCatalogTests.class
			.getResource("/slack-corpus/slack-api-ref/docs.slack.dev/methods/methods.json")
			.toURI()).getParent();
		Map<String, JsonNode> reference = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("methods.json")).toList()) {
				String name = file.getFileName().toString().replaceFirst("\\.json$", "");
				reference.put(name, MAPPER.readTree(file.toFile()));
			}
		}
		return reference;
	}

}
