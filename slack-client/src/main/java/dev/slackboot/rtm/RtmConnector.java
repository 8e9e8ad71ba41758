package dev.slackboot.rtm;

import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.auth.AuthTestResponse;
import dev.slackboot.web.rtm.RtmSelf;
import dev.slackboot.web.rtm.RtmTeam;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens RTM sessions: calls {@code rtm.connect} or {@code rtm.start} for the socket URL and, once, {@code auth.test}
 * for the bot ID that the connect answer lacks.
 */
final class RtmConnector {

	private static final Log logger = LogFactory.getLog(SlackRtmClient.class);

	private final SlackWebClient webClient;

	private final RtmConnectMethod method;

	private final JsonMapper jsonMapper;

	private volatile @Nullable String botId;

	RtmConnector(SlackWebClient webClient, RtmConnectMethod method, JsonMapper jsonMapper) {
		this.webClient = webClient;
		this.method = method;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Asks Slack for a new session.
	 * @return the session; fails with Slack's error
	 */
	Mono<RtmSession> open() {
		Mono<RtmSession> session = switch (this.method) {
			case CONNECT -> this.webClient.rtm()
				.connect()
				.map((response) -> session(response.url(), response.self(), response.team(), response));
			case START -> this.webClient.rtm()
				.start()
				.map((response) -> session(response.url(), response.self(), response.team(), response));
		};
		return session.flatMap(this::withBotId);
	}

	private RtmSession session(@Nullable String url, @Nullable RtmSelf self, @Nullable RtmTeam team,
			Object response) {
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("Slack answered " + this.method.methodName() + " without a socket URL");
		}
		ObjectNode json = this.jsonMapper.valueToTree(response);
		json.remove("url");
		return new RtmSession(url, (self != null) ? self.id() : null, (self != null) ? self.name() : null, this.botId,
				(team != null) ? team.id() : null, (team != null) ? team.name() : null, json);
	}

	private Mono<RtmSession> withBotId(RtmSession session) {
		if (session.botId() != null) {
			return Mono.just(session);
		}
		return this.webClient.auth()
			.test()
			.mapNotNull(AuthTestResponse::botId)
			.doOnNext((botId) -> this.botId = botId)
			.map((botId) -> new RtmSession(session.url(), session.userId(), session.userName(), botId,
					session.teamId(), session.teamName(), session.response()))
			.onErrorResume((ex) -> {
				if (logger.isDebugEnabled()) {
					logger.debug("Could not look up the bot ID with auth.test: " + ex.getMessage());
				}
				return Mono.empty();
			})
			.defaultIfEmpty(session);
	}

}
