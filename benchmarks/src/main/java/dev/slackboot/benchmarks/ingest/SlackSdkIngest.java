package dev.slackboot.benchmarks.ingest;

import java.time.Duration;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.rtm.RTMClient;
import com.slack.api.rtm.RTMEventHandler;
import com.slack.api.rtm.RTMEventsDispatcher;
import com.slack.api.rtm.RTMEventsDispatcherFactory;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import dev.slackboot.benchmarks.load.LoadServer;

/**
 * Slack's Java SDK ({@code com.slack.api}) with its default settings: over RTM, {@code Slack#rtmConnect} and an
 * {@link RTMEventsDispatcher} with a typed {@link RTMEventHandler} of {@link MessageEvent}; over Socket Mode,
 * {@code Slack#socketMode} (Tyrus) with an events API envelope listener that acknowledges the envelope and binds
 * its event to {@link MessageEvent} with the SDK's Gson, as its documentation shows.
 */
public final class SlackSdkIngest extends IngestScenario {

	private final Slack slack;

	private final Gson gson = GsonFactory.createSnakeCase();

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param transport the transport
	 * @param events the number of events per run
	 * @param timeout the longest a run may take
	 */
	public SlackSdkIngest(LoadServer server, Transport transport, int events, Duration timeout) {
		super(server, transport, events, timeout);
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(server.apiBaseUrl());
		this.slack = Slack.getInstance(config);
	}

	@Override
	public String label() {
		return (transport() == Transport.RTM) ? "Slack SDK: RTMClient + RTMEventsDispatcher, typed MessageEvent handler"
				: "Slack SDK: SocketModeClient (Tyrus), ack + Gson MessageEvent";
	}

	@Override
	public Role role() {
		return Role.SLACK_SDK;
	}

	@Override
	protected Client connect(EventCounter counter) throws Exception {
		if (transport() == Transport.RTM) {
			RTMClient rtm = this.slack.rtmConnect(LoadServer.BOT_TOKEN);
			RTMEventsDispatcher dispatcher = RTMEventsDispatcherFactory.getInstance();
			dispatcher.register(new RTMEventHandler<MessageEvent>() {

				@Override
				public void handle(MessageEvent event) {
					counter.count(event.getText());
				}

			});
			rtm.addMessageHandler(dispatcher.toMessageHandler());
			rtm.connect();
			return rtm::close;
		}
		SocketModeClient client = this.slack.socketMode(LoadServer.APP_TOKEN);
		client.addEventsApiEnvelopeListener((envelope) -> {
			client.sendSocketModeResponse(new AckResponse(envelope.getEnvelopeId()));
			MessageEvent event = this.gson.fromJson(envelope.getPayload().getAsJsonObject().get("event"),
					MessageEvent.class);
			counter.count(event.getText());
		});
		client.connect();
		return () -> {
			client.setAutoReconnectEnabled(false);
			client.close();
		};
	}

	@Override
	public void close() {
		try {
			this.slack.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close Slack's SDK", ex);
		}
	}

}
