package dev.slackboot.test.emulator;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code views.*} methods: {@code open}, {@code push}, {@code update} and {@code publish} accept a view and
 * answer it as Slack stores it, with an ID, a hash and its state. Views are kept (guarded by the workspace's
 * lock) so that {@code update} and {@code publish} find them again; nothing is shown to anyone.
 */
final class ViewsApi {

	private static final List<String> COPIED = List.of("type", "title", "close", "submit", "blocks",
			"private_metadata", "callback_id", "external_id", "clear_on_close", "notify_on_close", "submit_disabled");

	private final Workspace workspace;

	private final Lookups lookups;

	private final Map<String, ObjectNode> views = new HashMap<>();

	private final Map<String, String> homeViews = new HashMap<>();

	ViewsApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("views.open", this::open);
		methods.add("views.push", this::push);
		methods.add("views.update", this::update);
		methods.add("views.publish", this::publish);
	}

	private ObjectNode open(ApiCall call) {
		requireTrigger(call);
		return answer(call, store(null, view(call, "modal"), null));
	}

	private ObjectNode push(ApiCall call) {
		requireTrigger(call);
		return answer(call, store(null, view(call, "modal"), null));
	}

	private ObjectNode update(ApiCall call) {
		String viewId = call.param("view_id");
		String externalId = call.param("external_id");
		if (viewId == null && externalId == null) {
			throw ApiException.invalidArguments("missing required field: view_id or external_id");
		}
		ObjectNode existing = (viewId != null) ? this.views.get(viewId) : findByExternalId(externalId);
		if (existing == null) {
			throw new ApiException("not_found");
		}
		checkHash(call, existing);
		JsonNode view = view(call, existing.path("type").asString());
		return answer(call, store(existing.path("id").asString(), view, existing));
	}

	private ObjectNode publish(ApiCall call) {
		EmulatedUser user = this.lookups.user(call.param("user_id"));
		JsonNode view = view(call, "home");
		String existingId = this.homeViews.get(user.id());
		ObjectNode existing = (existingId != null) ? this.views.get(existingId) : null;
		if (existing != null) {
			checkHash(call, existing);
		}
		ObjectNode stored = store(existingId, view, existing);
		this.homeViews.put(user.id(), stored.path("id").asString());
		return answer(call, stored);
	}

	private static void requireTrigger(ApiCall call) {
		if (call.param("trigger_id") == null && call.param("interactivity_pointer") == null) {
			throw ApiException.invalidArguments("missing required field: trigger_id");
		}
	}

	private static void checkHash(ApiCall call, ObjectNode existing) {
		String hash = call.param("hash");
		if (hash != null && !hash.equals(existing.path("hash").asString())) {
			throw new ApiException("hash_conflict");
		}
	}

	private static JsonNode view(ApiCall call, String type) {
		JsonNode view = call.json("view");
		if (view == null) {
			throw ApiException.invalidArguments("missing required field: view");
		}
		if (!view.isObject() || !type.equals(view.path("type").asString(null))) {
			throw ApiException.invalidArguments("failed to match all allowed schemas [json-pointer:/view]");
		}
		if ("modal".equals(type) && !view.path("title").isObject()) {
			throw ApiException.invalidArguments("missing required field: title [json-pointer:/view]");
		}
		return view;
	}

	private @Nullable ObjectNode findByExternalId(@Nullable String externalId) {
		return this.views.values()
			.stream()
			.filter((view) -> view.path("external_id").asString("").equals(externalId))
			.findFirst()
			.orElse(null);
	}

	private ObjectNode store(@Nullable String id, JsonNode view, @Nullable ObjectNode previous) {
		String externalId = view.path("external_id").asString("");
		if (!externalId.isEmpty()) {
			ObjectNode other = findByExternalId(externalId);
			if (other != null && other != previous) {
				throw new ApiException("duplicate_external_id");
			}
		}
		String viewId = (id != null) ? id : this.workspace.ids().nextId('V');
		ObjectNode stored = this.workspace.json().object().put("id", viewId).put("team_id", this.workspace.teamId());
		stored.put("private_metadata", "").put("callback_id", "").put("external_id", "");
		stored.putArray("blocks");
		for (String field : COPIED) {
			JsonNode value = view.get(field);
			if (value != null) {
				stored.set(field, value);
			}
		}
		stored.putObject("state").putObject("values");
		stored.put("hash", String.format(Locale.ROOT, "%d.%08x", System.currentTimeMillis() / 1000,
				ThreadLocalRandom.current().nextInt()));
		if (!stored.has("clear_on_close")) {
			stored.put("clear_on_close", false);
		}
		if (!stored.has("notify_on_close")) {
			stored.put("notify_on_close", false);
		}
		stored.put("root_view_id", (previous != null) ? previous.path("root_view_id").asString(viewId) : viewId);
		stored.putNull("previous_view_id");
		stored.put("app_id", this.workspace.appId())
			.put("app_installed_team_id", this.workspace.teamId())
			.put("bot_id", this.workspace.bot().botId());
		this.views.put(viewId, stored);
		return stored;
	}

	private static ObjectNode answer(ApiCall call, ObjectNode view) {
		ObjectNode answer = call.ok();
		answer.set("view", view.deepCopy());
		return answer;
	}

}
