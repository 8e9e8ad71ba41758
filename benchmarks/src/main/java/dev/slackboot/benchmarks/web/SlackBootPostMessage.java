package dev.slackboot.benchmarks.web;

import dev.slackboot.benchmarks.load.LoadServer;
import dev.slackboot.web.SlackWebClient;
import dev.slackboot.web.chat.ChatPostMessageResponse;
import reactor.core.publisher.Flux;

/**
 * This project's {@link SlackWebClient} with its default settings: {@code chat().postMessage(...)} reactive, or
 * through {@code blocking()}.
 */
public final class SlackBootPostMessage extends PostMessageScenario {

	private final SlackWebClient slack;

	private final boolean blocking;

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param calls the number of calls per run
	 * @param concurrency the number of calls in flight
	 * @param blocking whether to call through {@link SlackWebClient#blocking()}
	 */
	public SlackBootPostMessage(LoadServer server, int calls, int concurrency, boolean blocking) {
		super(calls, concurrency);
		this.slack = SlackWebClient.builder().baseUrl(server.apiBaseUrl()).token(LoadServer.BOT_TOKEN).build();
		this.blocking = blocking;
	}

	@Override
	public String label() {
		return this.blocking ? "slack-boot: SlackWebClient.blocking(), one thread per call in flight"
				: "slack-boot: SlackWebClient reactive (flatMap)";
	}

	@Override
	public Role role() {
		return Role.SLACK_BOOT;
	}

	@Override
	protected void run(int calls, int concurrency) throws Exception {
		if (this.blocking) {
			runBlocking(calls, concurrency, (index) -> {
				ChatPostMessageResponse response = this.slack.blocking()
					.chat()
					.postMessage((m) -> m.channel(CHANNEL).text("hello " + index));
				check(response.ok(), response.ts());
			});
			return;
		}
		Flux.range(0, calls)
			.flatMap((index) -> this.slack.chat().postMessage((m) -> m.channel(CHANNEL).text("hello " + index)),
					concurrency)
			.doOnNext((response) -> check(response.ok(), response.ts()))
			.blockLast();
	}

}
