package dev.slackboot.test.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * The methods that describe the caller and the workspace: {@code auth.test}, {@code team.info} and
 * {@code bots.info}.
 */
final class TeamApi {

	private final Workspace workspace;

	TeamApi(Workspace workspace) {
		this.workspace = workspace;
	}

	void register(WebApiMethods methods) {
		methods.add("auth.test", this::authTest);
		methods.add("team.info", this::teamInfo);
		methods.add("bots.info", this::botsInfo);
	}

	private ObjectNode authTest(ApiCall call) {
		EmulatedUser user = this.workspace.user(call.user());
		ObjectNode answer = call.ok()
			.put("url", this.workspace.rootUrl())
			.put("team", this.workspace.teamName())
			.put("user", (user != null) ? user.name() : call.user())
			.put("team_id", this.workspace.teamId())
			.put("user_id", call.user());
		if (user != null && user.isBot()) {
			answer.put("bot_id", user.botId());
		}
		return answer.put("is_enterprise_install", false);
	}

	private ObjectNode teamInfo(ApiCall call) {
		String team = call.param("team");
		if (team != null && !team.equals(this.workspace.teamId())) {
			throw new ApiException("team_not_found");
		}
		ObjectNode answer = call.ok();
		answer.set("team", this.workspace.json().team());
		return answer;
	}

	private ObjectNode botsInfo(ApiCall call) {
		String botId = call.param("bot");
		EmulatedUser bot = this.workspace.bot();
		if (botId != null && !botId.equals(bot.botId())) {
			throw new ApiException("bot_not_found");
		}
		ObjectNode answer = call.ok();
		answer.set("bot", this.workspace.json().bot(bot));
		return answer;
	}

}
