package dev.slackboot.test.emulator;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code users.*} methods: {@code list} (cursor-paginated), {@code info} and {@code lookupByEmail}. E-mail
 * addresses show only to tokens with {@code users:read.email}, as on Slack.
 */
final class UsersApi {

	private final Workspace workspace;

	private final Lookups lookups;

	UsersApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("users.list", this::list);
		methods.add("users.info", this::info);
		methods.add("users.lookupByEmail", this::lookupByEmail);
	}

	private ObjectNode list(ApiCall call) {
		CursorPage<EmulatedUser> page = CursorPage.of(this.workspace.users(), EmulatedUser::id, call, 1000, 1000);
		ObjectNode answer = call.ok();
		ArrayNode members = answer.putArray("members");
		page.items().forEach((user) -> members.add(this.workspace.json().user(user, withEmail(call))));
		answer.put("cache_ts", System.currentTimeMillis() / 1000);
		page.writeCursor(answer);
		return answer;
	}

	private ObjectNode info(ApiCall call) {
		EmulatedUser user = this.lookups.user(call.param("user"));
		ObjectNode answer = call.ok();
		answer.set("user", this.workspace.json().user(user, withEmail(call)));
		return answer;
	}

	private ObjectNode lookupByEmail(ApiCall call) {
		String email = call.required("email", "users_not_found");
		EmulatedUser user = this.workspace.userByEmail(email);
		if (user == null) {
			throw new ApiException("users_not_found");
		}
		ObjectNode answer = call.ok();
		answer.set("user", this.workspace.json().user(user, true));
		return answer;
	}

	private static boolean withEmail(ApiCall call) {
		return call.caller().scopes().contains("users:read.email");
	}

}
