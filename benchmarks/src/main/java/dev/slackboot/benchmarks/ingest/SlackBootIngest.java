package dev.slackboot.benchmarks.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.slackboot.benchmarks.load.LoadServer;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.annotation.EnableSlackListeners;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.web.SlackWebClient;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * This project: {@link SlackRtmClient} or {@link SlackSocketModeClient} handing events to a
 * {@link SlackEventDispatcher} with its default settings (a queue of 1000, ordered lanes per channel, deduplication
 * by event ID) and the given number of listener threads (8 by default), which invokes an {@code @SlackEventListener}
 * method taking a {@code MessageEvent} or, doing the floor's work, a {@code SlackEvent} whose JSON tree it reads.
 * Each run gets a fresh application context (the dispatcher and its listener) and client.
 */
public final class SlackBootIngest extends IngestScenario {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final SlackWebClient webClient;

	private final int listenerConcurrency;

	private final boolean typed;

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param transport the transport
	 * @param events the number of events per run
	 * @param timeout the longest a run may take
	 * @param listenerConcurrency the dispatcher's concurrency ({@code slack.listener.concurrency})
	 * @param typed whether the listener takes a typed {@code MessageEvent} ({@link CountingListener}) or a
	 * {@code SlackEvent} whose JSON tree it reads, as the floor does ({@link TreeCountingListener})
	 */
	public SlackBootIngest(LoadServer server, Transport transport, int events, Duration timeout,
			int listenerConcurrency, boolean typed) {
		super(server, transport, events, timeout);
		this.listenerConcurrency = listenerConcurrency;
		this.typed = typed;
		this.webClient = SlackWebClient.builder()
			.baseUrl(server.apiBaseUrl())
			.token(LoadServer.BOT_TOKEN)
			.appToken(LoadServer.APP_TOKEN)
			.build();
	}

	@Override
	public String label() {
		String client = (transport() == Transport.RTM) ? "SlackRtmClient" : "SlackSocketModeClient";
		String listener = this.typed ? "MessageEvent listener" : "SlackEvent listener reading the JSON tree";
		return "slack-boot: " + client + " -> dispatcher -> " + listener;
	}

	@Override
	public Role role() {
		return Role.SLACK_BOOT;
	}

	@Override
	protected Client connect(EventCounter counter) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		if (this.typed) {
			context.registerBean(CountingListener.class, () -> new CountingListener(counter));
		}
		else {
			context.registerBean(TreeCountingListener.class, () -> new TreeCountingListener(counter));
		}
		context.registerBean("slackEventDispatcher", SlackEventDispatcher.class, this::dispatcher);
		context.register(ListenerConfiguration.class);
		context.refresh();
		SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
		if (transport() == Transport.RTM) {
			SlackRtmClient client = SlackRtmClient.builder(this.webClient).eventHandler(dispatcher).build();
			client.start();
			return () -> stop(client::stop, context);
		}
		SlackSocketModeClient client = SlackSocketModeClient.builder(this.webClient).eventHandler(dispatcher).build();
		client.start();
		return () -> stop(client::stop, context);
	}

	private SlackEventDispatcher dispatcher() {
		SlackEventDispatcher dispatcher = new SlackEventDispatcher();
		dispatcher.setConcurrency(this.listenerConcurrency);
		return dispatcher;
	}

	private static void stop(Consumer<Runnable> client, AnnotationConfigApplicationContext context)
			throws InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		client.accept(stopped::countDown);
		stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		context.close();
	}

	/**
	 * Enables the listener infrastructure, as {@code @EnableSlackListeners} does without Boot.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class ListenerConfiguration {

	}

}
