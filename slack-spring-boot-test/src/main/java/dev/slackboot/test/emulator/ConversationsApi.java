package dev.slackboot.test.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code conversations.*} methods: {@code list}, {@code info}, {@code history}, {@code replies} and
 * {@code members} (cursor-paginated), {@code join}, {@code open}, {@code create} and {@code invite}.
 */
final class ConversationsApi {

	private static final Set<String> TYPES = Set.of("public_channel", "private_channel", "mpim", "im");

	private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9_\\-]+");

	private static final int MAX_NAME = 80;

	private final Workspace workspace;

	private final Lookups lookups;

	ConversationsApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("conversations.list", this::list);
		methods.add("conversations.info", this::info);
		methods.add("conversations.history", this::history);
		methods.add("conversations.replies", this::replies);
		methods.add("conversations.members", this::members);
		methods.add("conversations.join", this::join);
		methods.add("conversations.open", this::open);
		methods.add("conversations.create", this::create);
		methods.add("conversations.invite", this::invite);
	}

	private ObjectNode list(ApiCall call) {
		List<String> types = call.list("types");
		types = types.isEmpty() ? List.of("public_channel") : types;
		for (String type : types) {
			if (!TYPES.contains(type)) {
				throw new ApiException("invalid_types");
			}
		}
		List<WorkspaceChannel> visible = new ArrayList<>();
		for (WorkspaceChannel channel : this.workspace.channels()) {
			if (types.contains(typeOf(channel)) && (!channel.isPrivate() || channel.isMember(call.user()))) {
				visible.add(channel);
			}
		}
		CursorPage<WorkspaceChannel> page = CursorPage.of(visible, WorkspaceChannel::id, call, 100, 1000);
		ObjectNode answer = call.ok();
		ArrayNode channels = answer.putArray("channels");
		page.items().forEach((channel) -> channels.add(this.workspace.json().channel(channel, call.user())));
		page.writeCursor(answer);
		return answer;
	}

	private static String typeOf(WorkspaceChannel channel) {
		return switch (channel.kind()) {
			case PUBLIC -> "public_channel";
			case PRIVATE -> "private_channel";
			case MPIM -> "mpim";
			case IM -> "im";
		};
	}

	private ObjectNode info(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		ObjectNode node = this.workspace.json().channel(channel, call.user());
		if (!call.flag("include_num_members")) {
			node.remove("num_members");
		}
		ObjectNode answer = call.ok();
		answer.set("channel", node);
		return answer;
	}

	private ObjectNode history(ApiCall call) {
		WorkspaceChannel channel = this.lookups.memberOf(call, "channel");
		List<WorkspaceMessage> messages = new ArrayList<>();
		for (WorkspaceMessage message : channel.messages()) {
			if (message.inHistory() && inRange(call, message)) {
				messages.add(message);
			}
		}
		messages.sort(Comparator.comparing(WorkspaceMessage::ts).reversed());
		CursorPage<WorkspaceMessage> page = CursorPage.of(messages, WorkspaceMessage::ts, call, 100, 999);
		ObjectNode answer = call.ok();
		ArrayNode nodes = answer.putArray("messages");
		page.items().forEach((message) -> nodes.add(this.workspace.json().message(channel, message)));
		answer.put("has_more", page.hasMore()).put("pin_count", channel.pins().size());
		answer.putNull("channel_actions_ts");
		answer.put("channel_actions_count", 0);
		if (page.hasMore()) {
			page.writeCursor(answer);
		}
		return answer;
	}

	private ObjectNode replies(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		String ts = call.required("ts");
		WorkspaceMessage parent = channel.message(ts);
		if (parent == null) {
			throw new ApiException("thread_not_found");
		}
		List<WorkspaceMessage> thread = new ArrayList<>();
		thread.add(parent);
		if (!parent.isReply()) {
			thread.addAll(channel.replies(parent.ts()));
		}
		thread.removeIf((message) -> message != parent && !inRange(call, message));
		CursorPage<WorkspaceMessage> page = CursorPage.of(thread, WorkspaceMessage::ts, call, 1000, 1000);
		ObjectNode answer = call.ok();
		ArrayNode nodes = answer.putArray("messages");
		page.items().forEach((message) -> nodes.add(this.workspace.json().message(channel, message)));
		answer.put("has_more", page.hasMore());
		if (page.hasMore()) {
			page.writeCursor(answer);
		}
		return answer;
	}

	private static boolean inRange(ApiCall call, WorkspaceMessage message) {
		String oldest = call.param("oldest");
		String latest = call.param("latest");
		boolean inclusive = call.flag("inclusive");
		double ts = Double.parseDouble(message.ts());
		if (oldest != null) {
			double bound = parseTs(oldest, "invalid_ts_oldest");
			if (ts < bound || (!inclusive && ts == bound)) {
				return false;
			}
		}
		if (latest != null) {
			double bound = parseTs(latest, "invalid_ts_latest");
			return ts < bound || (inclusive && ts == bound);
		}
		return true;
	}

	private static double parseTs(String ts, String error) {
		try {
			return Double.parseDouble(ts);
		}
		catch (NumberFormatException ex) {
			throw new ApiException(error);
		}
	}

	private ObjectNode members(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		CursorPage<String> page = CursorPage.of(List.copyOf(channel.members()), (id) -> id, call, 100, 1000);
		ObjectNode answer = call.ok();
		answer.set("members", this.workspace.json().strings(page.items()));
		page.writeCursor(answer);
		return answer;
	}

	private ObjectNode join(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		if (channel.kind() != WorkspaceChannel.Kind.PUBLIC) {
			throw new ApiException("method_not_supported_for_channel_type");
		}
		ObjectNode answer = call.ok();
		boolean alreadyIn = channel.isMember(call.user());
		this.workspace.join(channel, call.user(), null);
		answer.set("channel", this.workspace.json().channel(channel, call.user()));
		if (alreadyIn) {
			answer.put("warning", "already_in_channel");
			answer.putObject("response_metadata").putArray("warnings").add("already_in_channel");
		}
		return answer;
	}

	private ObjectNode open(ApiCall call) {
		String channelId = call.param("channel");
		List<String> users = call.list("users");
		WorkspaceChannel channel;
		boolean existed;
		if (channelId != null) {
			channel = this.lookups.channel(call, "channel");
			if (channel.isChannel()) {
				throw new ApiException("method_not_supported_for_channel_type");
			}
			existed = true;
		}
		else {
			if (users.isEmpty()) {
				throw new ApiException("users_list_not_supplied");
			}
			if (users.size() > 8) {
				throw new ApiException("too_many_users");
			}
			users.forEach(this.lookups::user);
			Set<String> members = new LinkedHashSet<>(users);
			members.add(call.user());
			boolean im = users.size() == 1;
			existed = (im ? this.workspace.findIm(call.user(), users.get(0)) : this.workspace.findMpim(members)) != null;
			channel = im ? this.workspace.openIm(call.user(), users.get(0)) : this.workspace.openMpim(members);
		}
		ObjectNode answer = call.ok();
		if (call.flag("return_im") || channel.kind() == WorkspaceChannel.Kind.MPIM) {
			answer.set("channel", this.workspace.json().channel(channel, call.user()));
		}
		else {
			answer.putObject("channel").put("id", channel.id());
		}
		if (existed) {
			answer.put("no_op", true).put("already_open", true);
		}
		return answer;
	}

	private ObjectNode create(ApiCall call) {
		String name = call.param("name");
		if (name == null) {
			throw new ApiException("invalid_name_required");
		}
		if (name.length() > MAX_NAME) {
			throw new ApiException("invalid_name_maxlength");
		}
		if (!CHANNEL_NAME.matcher(name).matches()) {
			throw new ApiException("invalid_name_specials");
		}
		if (this.workspace.channels().stream().anyMatch((channel) -> name.equals(channel.name()))) {
			throw new ApiException("name_taken");
		}
		WorkspaceChannel channel = this.workspace.createChannel(name, call.flag("is_private"), call.user(), List.of());
		ObjectNode answer = call.ok();
		answer.set("channel", this.workspace.json().channel(channel, call.user()));
		return answer;
	}

	private ObjectNode invite(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		if (!channel.isChannel()) {
			throw new ApiException("method_not_supported_for_channel_type");
		}
		this.lookups.requireMember(call, channel);
		List<String> users = call.list("users");
		if (users.isEmpty()) {
			throw new ApiException("no_user");
		}
		for (String user : users) {
			this.lookups.user(user);
			if (user.equals(call.user())) {
				throw new ApiException("cant_invite_self");
			}
			if (channel.isMember(user)) {
				throw new ApiException("already_in_channel");
			}
		}
		users.forEach((user) -> this.workspace.join(channel, user, call.user()));
		ObjectNode answer = call.ok();
		answer.set("channel", this.workspace.json().channel(channel, call.user()));
		return answer;
	}

}
