package dev.slackboot.benchmarks.ingest;

import java.time.Duration;

import dev.slackboot.benchmarks.Scenario;
import dev.slackboot.benchmarks.load.LoadServer;
import dev.slackboot.benchmarks.load.PushSession;

/**
 * Events per second from the socket to the listener: a run connects a fresh client (not timed), has the load
 * server push the events once the WebSocket is open, and stops the clock when the listener has counted the last
 * one and, over Socket Mode, the server has received every acknowledgement.
 */
public abstract class IngestScenario implements Scenario {

	/**
	 * The transports.
	 */
	public enum Transport {

		/**
		 * RTM: bare events, no acknowledgements.
		 */
		RTM("RTM ingest"),

		/**
		 * Socket Mode: envelopes, each acknowledged.
		 */
		SOCKET_MODE("Socket Mode ingest (acks included)");

		private final String group;

		Transport(String group) {
			this.group = group;
		}

	}

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

	private final LoadServer server;

	private final Transport transport;

	private final int events;

	private final Duration timeout;

	/**
	 * Creates a scenario.
	 * @param server the load server
	 * @param transport the transport
	 * @param events the number of events per run
	 * @param timeout the longest a run may take
	 */
	protected IngestScenario(LoadServer server, Transport transport, int events, Duration timeout) {
		this.server = server;
		this.transport = transport;
		this.events = events;
		this.timeout = timeout;
	}

	@Override
	public String group() {
		return this.transport.group;
	}

	@Override
	public Unit unit() {
		return Unit.EVENTS_PER_SECOND;
	}

	/**
	 * Returns the load server.
	 * @return the server
	 */
	protected LoadServer server() {
		return this.server;
	}

	/**
	 * Returns the transport.
	 * @return the transport
	 */
	protected Transport transport() {
		return this.transport;
	}

	@Override
	public double run() throws Exception {
		EventCounter counter = new EventCounter(this.events);
		this.server.forgetSessions();
		Client client = connect(counter);
		try {
			PushSession session = (this.transport == Transport.RTM) ? this.server.nextRtmSession(CONNECT_TIMEOUT)
					: this.server.nextSocketModeSession(CONNECT_TIMEOUT);
			if (session == null) {
				throw new IllegalStateException("the client did not connect within " + CONNECT_TIMEOUT.toSeconds()
						+ " s");
			}
			boolean acks = this.transport == Transport.SOCKET_MODE;
			long start = System.nanoTime();
			session.push(this.events, acks ? this.events : 0);
			if (!counter.await(this.timeout)) {
				throw new IllegalStateException("the listener got " + counter.count() + " of " + this.events
						+ " events within " + this.timeout.toSeconds() + " s");
			}
			if (acks && !session.awaitAcks(this.timeout)) {
				throw new IllegalStateException("the server got " + session.acks() + " of " + this.events
						+ " acknowledgements within " + this.timeout.toSeconds() + " s");
			}
			long end = acks ? Math.max(counter.lastNanos(), session.lastAckNanos()) : counter.lastNanos();
			return this.events / ((end - start) / 1e9);
		}
		finally {
			client.disconnect();
		}
	}

	/**
	 * Connects a new client whose listener counts the events; returns once connecting started.
	 * @param counter counts the events the listener receives
	 * @return the client, disconnected after the run
	 * @throws Exception when it cannot connect
	 */
	protected abstract Client connect(EventCounter counter) throws Exception;

	/**
	 * A connected client.
	 */
	@FunctionalInterface
	protected interface Client {

		/**
		 * Disconnects.
		 * @throws Exception when disconnecting fails
		 */
		void disconnect() throws Exception;

	}

}
