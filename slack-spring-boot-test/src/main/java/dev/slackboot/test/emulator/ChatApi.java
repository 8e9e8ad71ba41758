package dev.slackboot.test.emulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code chat.*} methods: {@code postMessage}, {@code postEphemeral}, {@code update}, {@code delete},
 * {@code getPermalink} and {@code scheduleMessage} (posted when due, while the emulator runs).
 */
final class ChatApi {

	private static final int MAX_TEXT = 40_000;

	private static final long MAX_SCHEDULE_SECONDS = Duration.ofDays(120).toSeconds();

	private final Workspace workspace;

	private final Lookups lookups;

	private final Disposable.Composite scheduled = Disposables.composite();

	ChatApi(Workspace workspace) {
		this.workspace = workspace;
		this.lookups = new Lookups(workspace);
	}

	void register(WebApiMethods methods) {
		methods.add("chat.postMessage", this::postMessage);
		methods.add("chat.postEphemeral", this::postEphemeral);
		methods.add("chat.update", this::update);
		methods.add("chat.delete", this::delete);
		methods.add("chat.getPermalink", this::getPermalink);
		methods.add("chat.scheduleMessage", this::scheduleMessage);
	}

	/**
	 * Cancels the scheduled messages not yet posted.
	 */
	void stop() {
		this.scheduled.dispose();
	}

	private ObjectNode postMessage(ApiCall call) {
		WorkspaceChannel channel = target(call);
		Content content = content(call);
		String threadTs = threadOf(channel, call.param("thread_ts"));
		boolean broadcast = threadTs != null && call.flag("reply_broadcast");
		WorkspaceMessage message = this.workspace.post(channel, call.user(), (draft) -> {
			content.applyTo(draft);
			draft.threadTs(threadTs).broadcast(broadcast).username(call.param("username"));
			if (broadcast) {
				draft.subtype("thread_broadcast");
			}
		});
		ObjectNode answer = call.ok().put("channel", channel.id()).put("ts", message.ts());
		answer.set("message", this.workspace.json().message(channel, message));
		return answer;
	}

	/**
	 * Returns where to post: a conversation the caller is in (or a public channel, with
	 * {@code chat:write.public}), or the direct message with a user named by ID.
	 */
	private WorkspaceChannel target(ApiCall call) {
		String target = call.required("channel", "channel_not_found");
		if ((target.startsWith("U") || target.startsWith("W")) && this.workspace.user(target) != null) {
			return this.workspace.openIm(call.user(), target);
		}
		WorkspaceChannel channel = this.lookups.visible(call, target);
		boolean publicPosting = channel.kind() == WorkspaceChannel.Kind.PUBLIC
				&& call.caller().scopes().contains("chat:write.public");
		if (!publicPosting) {
			this.lookups.requireMember(call, channel);
		}
		return channel;
	}

	private @Nullable String threadOf(WorkspaceChannel channel, @Nullable String threadTs) {
		if (threadTs == null) {
			return null;
		}
		WorkspaceMessage parent = channel.message(threadTs);
		if (parent == null) {
			return null;
		}
		return parent.isReply() ? parent.threadTs() : parent.ts();
	}

	private ObjectNode postEphemeral(ApiCall call) {
		WorkspaceChannel channel = this.lookups.memberOf(call, "channel");
		EmulatedUser user = this.lookups.user(call.param("user"));
		if (!channel.isMember(user.id())) {
			throw new ApiException("user_not_in_channel");
		}
		content(call);
		return call.ok().put("message_ts", this.workspace.ids().nextTs());
	}

	private ObjectNode update(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		WorkspaceMessage message = this.lookups.message(channel, call.param("ts"));
		if (!message.user().equals(call.user())) {
			throw new ApiException("cant_update_message");
		}
		Content content = content(call);
		this.workspace.update(channel, message, call.user(), content::applyTo);
		ObjectNode answer = call.ok().put("channel", channel.id()).put("ts", message.ts()).put("text", message.text());
		ObjectNode updated = this.workspace.json().message(channel, message);
		updated.remove("ts");
		answer.set("message", updated);
		return answer;
	}

	private ObjectNode delete(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		WorkspaceMessage message = this.lookups.message(channel, call.param("ts"));
		if (!message.user().equals(call.user())) {
			throw new ApiException("cant_delete_message");
		}
		this.workspace.delete(channel, message);
		return call.ok().put("channel", channel.id()).put("ts", message.ts());
	}

	private ObjectNode getPermalink(ApiCall call) {
		WorkspaceChannel channel = this.lookups.channel(call, "channel");
		WorkspaceMessage message = this.lookups.message(channel, call.param("message_ts"));
		return call.ok().put("channel", channel.id()).put("permalink", this.workspace.json().permalink(channel, message));
	}

	private ObjectNode scheduleMessage(ApiCall call) {
		WorkspaceChannel channel = target(call);
		Long postAt = call.number("post_at");
		if (postAt == null) {
			throw new ApiException("invalid_time");
		}
		long now = System.currentTimeMillis() / 1000;
		if (postAt <= now) {
			throw new ApiException("time_in_past");
		}
		if (postAt - now > MAX_SCHEDULE_SECONDS) {
			throw new ApiException("time_too_far");
		}
		Content content = content(call);
		String threadTs = threadOf(channel, call.param("thread_ts"));
		String user = call.user();
		String id = this.workspace.ids().nextId('Q');
		Disposable task = Mono.delay(Duration.ofMillis(postAt * 1000 - System.currentTimeMillis()))
			.subscribe((tick) -> this.workspace.post(channel, user, (draft) -> {
				content.applyTo(draft);
				draft.threadTs(threadTs);
			}));
		this.scheduled.add(task);
		ObjectNode answer = call.ok().put("channel", channel.id()).put("scheduled_message_id", id).put("post_at", postAt);
		EmulatedUser author = this.workspace.user(user);
		ObjectNode message = answer.putObject("message").put("type", "message").put("text", content.text());
		message.put("user", user);
		if (author != null && author.isBot()) {
			message.put("bot_id", author.botId()).put("app_id", this.workspace.appId());
			message.set("bot_profile", this.workspace.json().botProfile(author));
		}
		message.put("team", this.workspace.teamId());
		if (content.blocks() != null) {
			message.set("blocks", content.blocks());
		}
		return answer;
	}

	/**
	 * Reads a message's content, failing as Slack does: {@code no_text} without text, blocks or attachments,
	 * {@code msg_too_long} past 40,000 characters.
	 */
	private Content content(ApiCall call) {
		String text = call.param("text");
		String markdown = call.param("markdown_text");
		if (text != null && markdown != null) {
			throw new ApiException("markdown_text_conflict");
		}
		text = (text != null) ? text : markdown;
		JsonNode blocks = call.json("blocks");
		if (blocks != null && !blocks.isArray()) {
			throw new ApiException("invalid_blocks_format");
		}
		JsonNode attachments = call.json("attachments");
		if (attachments != null && !attachments.isArray()) {
			throw new ApiException("invalid_attachments");
		}
		if (text == null && (blocks == null || blocks.isEmpty()) && (attachments == null || attachments.isEmpty())) {
			throw new ApiException("no_text");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new ApiException("msg_too_long");
		}
		JsonNode metadata = call.json("metadata");
		return new Content((text != null) ? text : fallbackText(blocks), blocks, attachments, metadata);
	}

	/**
	 * Returns the text Slack gives a message of blocks posted without text.
	 */
	private static String fallbackText(@Nullable JsonNode blocks) {
		return (blocks != null && !blocks.isEmpty()) ? "This content can't be displayed." : "";
	}

	/**
	 * What a message shows.
	 *
	 * @param text the text
	 * @param blocks the blocks
	 * @param attachments the attachments
	 * @param metadata the metadata
	 */
	private record Content(String text, @Nullable JsonNode blocks, @Nullable JsonNode attachments,
			@Nullable JsonNode metadata) {

		void applyTo(WorkspaceMessage message) {
			message.text(this.text).blocks(this.blocks).attachments(this.attachments).metadata(this.metadata);
		}

	}

}
