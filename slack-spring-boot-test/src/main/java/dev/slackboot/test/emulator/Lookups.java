package dev.slackboot.test.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Finds the objects a call names, failing with Slack's errors: a conversation the caller cannot see is
 * {@code channel_not_found} (private conversations are visible to their members only), one it is not in is
 * {@code not_in_channel}, and so on.
 */
final class Lookups {

	private final Workspace workspace;

	Lookups(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * Returns the conversation an argument names, when the caller can see it.
	 * @param call the call
	 * @param param the argument, e.g. {@code channel}
	 * @return the conversation
	 * @throws ApiException {@code channel_not_found}
	 */
	WorkspaceChannel channel(ApiCall call, String param) {
		return visible(call, call.param(param));
	}

	/**
	 * Returns a conversation by ID or name, when the caller can see it.
	 * @param call the call
	 * @param idOrName the ID or name
	 * @return the conversation
	 * @throws ApiException {@code channel_not_found}
	 */
	WorkspaceChannel visible(ApiCall call, @Nullable String idOrName) {
		WorkspaceChannel channel = (idOrName != null) ? this.workspace.channel(idOrName) : null;
		if (channel == null || (channel.isPrivate() && !channel.isMember(call.user()))) {
			throw new ApiException("channel_not_found");
		}
		return channel;
	}

	/**
	 * Returns the conversation an argument names, when the caller is a member.
	 * @param call the call
	 * @param param the argument
	 * @return the conversation
	 * @throws ApiException {@code channel_not_found} or {@code not_in_channel}
	 */
	WorkspaceChannel memberOf(ApiCall call, String param) {
		WorkspaceChannel channel = channel(call, param);
		requireMember(call, channel);
		return channel;
	}

	/**
	 * Fails unless the caller is a member of the conversation.
	 * @param call the call
	 * @param channel the conversation
	 * @throws ApiException {@code not_in_channel}
	 */
	void requireMember(ApiCall call, WorkspaceChannel channel) {
		if (!channel.isMember(call.user())) {
			throw new ApiException("not_in_channel");
		}
	}

	/**
	 * Returns a message of a conversation.
	 * @param channel the conversation
	 * @param ts the message's timestamp
	 * @return the message
	 * @throws ApiException {@code message_not_found}
	 */
	WorkspaceMessage message(WorkspaceChannel channel, @Nullable String ts) {
		WorkspaceMessage message = (ts != null) ? channel.message(ts) : null;
		if (message == null) {
			throw new ApiException("message_not_found");
		}
		return message;
	}

	/**
	 * Returns a user.
	 * @param id the user ID
	 * @return the user
	 * @throws ApiException {@code user_not_found}
	 */
	EmulatedUser user(@Nullable String id) {
		EmulatedUser user = (id != null) ? this.workspace.user(id) : null;
		if (user == null) {
			throw new ApiException("user_not_found");
		}
		return user;
	}

}
