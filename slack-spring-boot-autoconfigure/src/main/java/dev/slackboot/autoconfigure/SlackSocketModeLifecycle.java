package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Runs a {@link SlackSocketModeClient} in the application's lifecycle and tells the listener dispatcher who the
 * app is.
 *
 * <p>
 * It starts in phase {@value #DEFAULT_PHASE}: after the web server and after the
 * {@link SlackListenerEndpointRegistry} (so the dispatcher accepts the first event), and it stops before them:
 * the client stops reading, closes its sockets with status 1000 and does not reconnect (envelopes not yet
 * acknowledged are delivered again by Slack); then the registry lets the listener invocations in flight finish
 * within the shutdown timeout. It can be stopped and started again.
 *
 * <p>
 * Socket Mode does not tell the app its bot user, so before the client connects the bot's identity is read with
 * {@code auth.test} (the bot token) unless the dispatcher already knows it (from RTM, say): the first event is
 * then already checked against it, so that listeners do not see the app's own messages. When {@code auth.test}
 * fails the client connects anyway and a warning is logged.
 */
public final class SlackSocketModeLifecycle implements SmartLifecycle {

	/**
	 * The default lifecycle phase: after the {@link SlackListenerEndpointRegistry}.
	 */
	public static final int DEFAULT_PHASE = SlackListenerEndpointRegistry.DEFAULT_PHASE + 50;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration IDENTITY_TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(SlackSocketModeLifecycle.class);

	private final SlackSocketModeClient client;

	private final SlackEventDispatcher dispatcher;

	private final @Nullable SlackWebClient webClient;

	private final boolean autoStartup;

	private final Object monitor = new Object();

	private boolean running;

	private @Nullable Disposable identityCall;

	/**
	 * Creates a lifecycle for the client.
	 * @param client the Socket Mode client
	 * @param dispatcher the dispatcher that is told the app's identity
	 * @param webClient the client that reads the identity with {@code auth.test}, or {@code null} to leave it
	 * unknown
	 * @param autoStartup whether to connect when the application context starts
	 */
	public SlackSocketModeLifecycle(SlackSocketModeClient client, SlackEventDispatcher dispatcher,
			@Nullable SlackWebClient webClient, boolean autoStartup) {
		Assert.notNull(client, "client must not be null");
		Assert.notNull(dispatcher, "dispatcher must not be null");
		this.client = client;
		this.dispatcher = dispatcher;
		this.webClient = webClient;
		this.autoStartup = autoStartup;
	}

	/**
	 * Returns the Socket Mode client.
	 * @return the client
	 */
	public SlackSocketModeClient getClient() {
		return this.client;
	}

	/**
	 * Reads the app's identity if the dispatcher does not know it yet, then connects. Returns at once.
	 */
	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.running) {
				return;
			}
			this.running = true;
			if (this.webClient == null || this.dispatcher.getSelfIdentity() != null) {
				this.client.start();
				return;
			}
			this.identityCall = SlackSelfIdentity.fetch(this.webClient)
				.timeout(IDENTITY_TIMEOUT)
				.subscribeOn(Schedulers.parallel())
				.subscribe(this::identified, this::identityUnknown, this::connect);
		}
	}

	/**
	 * Stops the client and waits until its sockets are closed.
	 */
	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		try {
			stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop(Runnable callback) {
		synchronized (this.monitor) {
			this.running = false;
			if (this.identityCall != null) {
				this.identityCall.dispose();
				this.identityCall = null;
			}
		}
		this.client.stop(callback);
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.running || this.client.isRunning();
		}
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public int getPhase() {
		return DEFAULT_PHASE;
	}

	private void identified(SlackSelfIdentity identity) {
		if (this.dispatcher.getSelfIdentity() == null) {
			this.dispatcher.setSelfIdentity(identity);
		}
	}

	private void identityUnknown(Throwable ex) {
		logger.warn("Could not read the Slack app's identity with auth.test (" + ex.getMessage() + "); "
				+ "connecting over Socket Mode anyway: listeners that ignore the app's own events may receive them");
		connect();
	}

	private void connect() {
		synchronized (this.monitor) {
			this.identityCall = null;
			if (this.running) {
				this.client.start();
			}
		}
	}

}
