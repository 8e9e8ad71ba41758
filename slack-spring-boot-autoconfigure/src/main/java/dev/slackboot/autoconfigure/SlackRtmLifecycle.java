package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmStatus;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Runs a {@link SlackRtmClient} in the application's lifecycle and tells the listener dispatcher who the app
 * is.
 *
 * <p>
 * It starts in phase {@value #DEFAULT_PHASE}: after the web server and after the
 * {@link SlackListenerEndpointRegistry} (so the dispatcher accepts the first event), and it stops before them:
 * the client stops reading, closes its socket with status 1000 and does not reconnect; then the registry lets
 * the listener invocations in flight finish within the shutdown timeout. It can be stopped and started again.
 *
 * <p>
 * Whenever the client connects, the dispatcher's {@link SlackSelfIdentity} is set to the connection's bot user
 * and bot, so that listeners do not see the app's own messages.
 */
public final class SlackRtmLifecycle implements SmartLifecycle {

	/**
	 * The default lifecycle phase: after the {@link SlackListenerEndpointRegistry}.
	 */
	public static final int DEFAULT_PHASE = SlackListenerEndpointRegistry.DEFAULT_PHASE + 50;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final SlackRtmClient client;

	private final boolean autoStartup;

	/**
	 * Creates a lifecycle for the client.
	 * @param client the RTM client
	 * @param dispatcher the dispatcher whose self identity follows the client's connection
	 * @param autoStartup whether to connect when the application context starts
	 */
	public SlackRtmLifecycle(SlackRtmClient client, SlackEventDispatcher dispatcher, boolean autoStartup) {
		Assert.notNull(client, "client must not be null");
		Assert.notNull(dispatcher, "dispatcher must not be null");
		this.client = client;
		this.autoStartup = autoStartup;
		client.addStatusListener((status) -> updateSelfIdentity(dispatcher, status));
	}

	/**
	 * Returns the RTM client.
	 * @return the client
	 */
	public SlackRtmClient getClient() {
		return this.client;
	}

	@Override
	public void start() {
		this.client.start();
	}

	/**
	 * Stops the client and waits until its socket is closed.
	 */
	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		this.client.stop(stopped::countDown);
		try {
			stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop(Runnable callback) {
		this.client.stop(callback);
	}

	@Override
	public boolean isRunning() {
		return this.client.isRunning();
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public int getPhase() {
		return DEFAULT_PHASE;
	}

	private static void updateSelfIdentity(SlackEventDispatcher dispatcher, SlackRtmStatus status) {
		if (status.isConnected()) {
			dispatcher.setSelfIdentity(new SlackSelfIdentity(status.userId(), status.botId()));
		}
	}

}
