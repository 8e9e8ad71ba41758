package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code pins.*} methods on messages: {@code add}, {@code remove} and {@code list}.
 */
final class PinsApi {

	private final Workspace workspace;

	private final Lookups lookups;

	PinsApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("pins.add", this::add);
		methods.add("pins.remove", this::remove);
		methods.add("pins.list", this::list);
	}

	private ObjectNode add(ApiCall call) {
		WorkspaceChannel channel = this.lookups.memberOf(call, "channel");
		WorkspaceMessage message = this.lookups.message(channel, timestamp(call));
		if (!this.workspace.pin(channel, message, call.user())) {
			throw new ApiException("already_pinned");
		}
		return call.ok();
	}

	private ObjectNode remove(ApiCall call) {
		WorkspaceChannel channel = this.lookups.memberOf(call, "channel");
		WorkspaceMessage message = this.lookups.message(channel, timestamp(call));
		if (!this.workspace.unpin(channel, message)) {
			throw new ApiException("no_pin");
		}
		return call.ok();
	}

	private ObjectNode list(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		List<WorkspaceChannel.Pin> pins = new ArrayList<>(channel.pins().values());
		Collections.reverse(pins);
		ObjectNode answer = call.ok();
		ArrayNode items = answer.putArray("items");
		for (WorkspaceChannel.Pin pin : pins) {
			WorkspaceMessage message = channel.message(pin.ts());
			if (message != null) {
				items.add(this.workspace.json().pinnedItem(channel, message, pin));
			}
		}
		return answer;
	}

	private static String timestamp(ApiCall call) {
		return call.required("timestamp", "no_item_specified");
	}

}
