package dev.slackboot.test.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the payload of a slash command as Slack sends it over Socket Mode: the fields of its form-encoded HTTP
 * request, as a JSON object of strings.
 */
final class SlashCommandJson {

	private final Workspace workspace;

	private final JsonMapper mapper;

	private final SecureRandom random = new SecureRandom();

	SlashCommandJson(Workspace workspace, JsonMapper mapper) {
		this.workspace = workspace;
		this.mapper = mapper;
	}

	/**
	 * Writes a slash command's payload.
	 * @param user who runs it
	 * @param channel where it runs
	 * @param command the command, e.g. {@code /weather}
	 * @param text what follows the command
	 * @return the payload
	 */
	ObjectNode payload(EmulatedUser user, WorkspaceChannel channel, String command, String text) {
		String teamId = this.workspace.teamId();
		String name = (channel.kind() == WorkspaceChannel.Kind.IM) ? "directmessage"
				: ((channel.name() != null) ? channel.name() : channel.id());
		byte[] key = new byte[16];
		this.random.nextBytes(key);
		String secret = HexFormat.of().formatHex(key);
		long now = System.currentTimeMillis();
		return this.mapper.createObjectNode()
			.put("token", AppEvents.VERIFICATION_TOKEN)
			.put("team_id", teamId)
			.put("team_domain", this.workspace.teamDomain())
			.put("channel_id", channel.id())
			.put("channel_name", name)
			.put("user_id", user.id())
			.put("user_name", user.name())
			.put("command", command.startsWith("/") ? command : "/" + command)
			.put("text", text)
			.put("api_app_id", this.workspace.appId())
			.put("is_enterprise_install", "false")
			.put("response_url", this.workspace.rootUrl() + "commands/" + teamId + "/" + now + "/" + secret)
			.put("trigger_id", now + "." + teamId + "." + secret);
	}

}
