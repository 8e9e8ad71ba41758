package dev.slackboot.test;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import dev.slackboot.socket.SlackSocketModeClient;
import dev.slackboot.socket.SlackSocketModeState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Holds the application's startup until its RTM and Socket Mode clients are connected to the emulator, so that a
 * test's first {@code postAsUser} reaches the bot (RTM does not replay events sent before the socket opened).
 * Starts after the clients' own lifecycles; a client that does not connect in time is logged, not failed, so the
 * test reports what went wrong.
 */
final class SlackEmulatorReadiness implements SmartLifecycle {

	/**
	 * The phase: after the RTM and Socket Mode lifecycles.
	 */
	static final int PHASE = Integer.MAX_VALUE - 10;

	private static final Log logger = LogFactory.getLog(SlackEmulatorReadiness.class);

	private final List<SlackRtmClient> rtmClients;

	private final List<SlackSocketModeClient> socketModeClients;

	private final Duration timeout;

	private volatile boolean running;

	SlackEmulatorReadiness(List<SlackRtmClient> rtmClients, List<SlackSocketModeClient> socketModeClients,
			Duration timeout) {
		this.rtmClients = rtmClients;
		this.socketModeClients = socketModeClients;
		this.timeout = timeout;
	}

	@Override
	public void start() {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		for (SlackRtmClient client : this.rtmClients) {
			awaitConnected("RTM", () -> !client.isRunning() || client.getState() == SlackRtmState.CONNECTED, deadline);
		}
		for (SlackSocketModeClient client : this.socketModeClients) {
			awaitConnected("Socket Mode",
					() -> !client.isRunning() || client.getState() == SlackSocketModeState.CONNECTED, deadline);
		}
		this.running = true;
	}

	private void awaitConnected(String transport, BooleanSupplier ready, long deadline) {
		while (!ready.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				logger.warn("The " + transport + " client did not connect to the Slack emulator within " + this.timeout
						+ "; events posted now may not reach the application");
				return;
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
