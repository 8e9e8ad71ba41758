package dev.slackboot.benchmarks.web;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.slackboot.benchmarks.load.LoadServer;

/**
 * Slack's Java SDK {@link MethodsClient} (OkHttp) with its default settings, one thread per call in flight.
 */
public final class SlackSdkPostMessage extends PostMessageScenario {

	private final Slack slack;

	private final MethodsClient methods;

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param calls the number of calls per run
	 * @param concurrency the number of calls in flight
	 */
	public SlackSdkPostMessage(LoadServer server, int calls, int concurrency) {
		super(calls, concurrency);
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(server.apiBaseUrl());
		this.slack = Slack.getInstance(config);
		this.methods = this.slack.methods(LoadServer.BOT_TOKEN);
	}

	@Override
	public String label() {
		return "Slack SDK: MethodsClient, one thread per call in flight";
	}

	@Override
	public Role role() {
		return Role.SLACK_SDK;
	}

	@Override
	protected void run(int calls, int concurrency) throws Exception {
		runBlocking(calls, concurrency, (index) -> {
			ChatPostMessageResponse response = this.methods
				.chatPostMessage((r) -> r.channel(CHANNEL).text("hello " + index));
			check(response.isOk(), response.getTs());
		});
	}

	@Override
	public void close() {
		super.close();
		try {
			this.slack.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close Slack's SDK", ex);
		}
	}

}
