package dev.slackboot.test.emulator;

import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code reactions.*} methods on messages: {@code add}, {@code remove} and {@code get}.
 */
final class ReactionsApi {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_+'\\-]+(::skin-tone-[2-6])?");

	private final Workspace workspace;

	private final Lookups lookups;

	ReactionsApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("reactions.add", this::add);
		methods.add("reactions.remove", this::remove);
		methods.add("reactions.get", this::get);
	}

	private ObjectNode add(ApiCall call) {
		String name = name(call);
		WorkspaceChannel channel = channel(call);
		WorkspaceMessage message = this.lookups.message(channel, call.param("timestamp"));
		if (!this.workspace.addReaction(channel, message, call.user(), name)) {
			throw new ApiException("already_reacted");
		}
		return call.ok();
	}

	private ObjectNode remove(ApiCall call) {
		String name = name(call);
		WorkspaceChannel channel = channel(call);
		WorkspaceMessage message = this.lookups.message(channel, call.param("timestamp"));
		if (!this.workspace.removeReaction(channel, message, call.user(), name)) {
			throw new ApiException("no_reaction");
		}
		return call.ok();
	}

	private ObjectNode get(ApiCall call) {
		WorkspaceChannel channel = channel(call);
		WorkspaceMessage message = this.lookups.message(channel, call.param("timestamp"));
		ObjectNode answer = call.ok().put("type", "message").put("channel", channel.id());
		ObjectNode node = this.workspace.json().message(channel, message);
		node.put("permalink", this.workspace.json().permalink(channel, message));
		answer.set("message", node);
		return answer;
	}

	private WorkspaceChannel channel(ApiCall call) {
		if (call.param("channel") == null || call.param("timestamp") == null) {
			throw new ApiException("no_item_specified");
		}
		return this.lookups.channel(call, "channel");
	}

	private static String name(ApiCall call) {
		String name = call.required("name", "invalid_name");
		if (!NAME.matcher(name).matches()) {
			throw new ApiException("invalid_name");
		}
		return name;
	}

}
