package dev.slackboot.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Slack's Web API in blocking form, obtained from {@link SlackWebClient#blocking()}.
 *
 * <p>
 * Each call waits for the reactive call of {@link SlackWebClient} and has the same retries and errors. A call
 * on a thread that must not block (a Reactor event loop) fails at once with an {@link IllegalStateException}
 * instead of stalling the event loop: use the reactive client there.
 */
public final class BlockingSlackWebClient {

	private final SlackWebClient client;

	private final BlockingAuthMethods auth;

	private final BlockingChatMethods chat;

	private final BlockingConversationsMethods conversations;

	private final BlockingUsersMethods users;

	private final BlockingReactionsMethods reactions;

	private final BlockingPinsMethods pins;

	private final BlockingTeamMethods team;

	private final BlockingBotsMethods bots;

	private final BlockingViewsMethods views;

	private final BlockingRtmMethods rtm;

	private final BlockingAppsMethods apps;

	private final BlockingFilesMethods files;

	BlockingSlackWebClient(SlackWebClient client) {
		this.client = client;
		this.auth = new BlockingAuthMethods(client.auth());
		this.chat = new BlockingChatMethods(client.chat());
		this.conversations = new BlockingConversationsMethods(client.conversations());
		this.users = new BlockingUsersMethods(client.users());
		this.reactions = new BlockingReactionsMethods(client.reactions());
		this.pins = new BlockingPinsMethods(client.pins());
		this.team = new BlockingTeamMethods(client.team());
		this.bots = new BlockingBotsMethods(client.bots());
		this.views = new BlockingViewsMethods(client.views());
		this.rtm = new BlockingRtmMethods(client.rtm());
		this.apps = new BlockingAppsMethods(client.apps());
		this.files = new BlockingFilesMethods(client.files());
	}

	/**
	 * Calls any Web API method and returns Slack's whole answer.
	 * @param method the method name, e.g. {@code bookmarks.list}
	 * @param params the arguments by Slack name
	 * @return the answer
	 * @see SlackWebClient#call(String, Map)
	 */
	public JsonNode call(String method, Map<String, ?> params) {
		return BlockingSupport.await(this.client.call(method, params), method);
	}

	/**
	 * Calls any Web API method and reads Slack's answer as the given type.
	 * @param method the method name
	 * @param params the arguments by Slack name
	 * @param responseType the type to read the answer as
	 * @return the answer
	 * @see SlackWebClient#call(String, Map, Class)
	 */
	public <T> T call(String method, Map<String, ?> params, Class<T> responseType) {
		return BlockingSupport.await(this.client.call(method, params, responseType), method);
	}

	/**
	 * Returns {@code auth.*} methods, blocking.
	 * @return the auth methods
	 */
	public BlockingAuthMethods auth() {
		return this.auth;
	}

	/**
	 * Returns {@code chat.*} methods, blocking.
	 * @return the chat methods
	 */
	public BlockingChatMethods chat() {
		return this.chat;
	}

	/**
	 * Returns {@code conversations.*} methods, blocking.
	 * @return the conversations methods
	 */
	public BlockingConversationsMethods conversations() {
		return this.conversations;
	}

	/**
	 * Returns {@code users.*} methods, blocking.
	 * @return the users methods
	 */
	public BlockingUsersMethods users() {
		return this.users;
	}

	/**
	 * Returns {@code reactions.*} methods, blocking.
	 * @return the reactions methods
	 */
	public BlockingReactionsMethods reactions() {
		return this.reactions;
	}

	/**
	 * Returns {@code pins.*} methods, blocking.
	 * @return the pins methods
	 */
	public BlockingPinsMethods pins() {
		return this.pins;
	}

	/**
	 * Returns {@code team.*} methods, blocking.
	 * @return the team methods
	 */
	public BlockingTeamMethods team() {
		return this.team;
	}

	/**
	 * Returns {@code bots.*} methods, blocking.
	 * @return the bots methods
	 */
	public BlockingBotsMethods bots() {
		return this.bots;
	}

	/**
	 * Returns {@code views.*} methods, blocking.
	 * @return the views methods
	 */
	public BlockingViewsMethods views() {
		return this.views;
	}

	/**
	 * Returns {@code rtm.*} methods, blocking.
	 * @return the rtm methods
	 */
	public BlockingRtmMethods rtm() {
		return this.rtm;
	}

	/**
	 * Returns {@code apps.*} methods, blocking.
	 * @return the apps methods
	 */
	public BlockingAppsMethods apps() {
		return this.apps;
	}

	/**
	 * Returns {@code files.*} methods, blocking.
	 * @return the files methods
	 */
	public BlockingFilesMethods files() {
		return this.files;
	}

}
