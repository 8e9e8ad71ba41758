package dev.slackboot.rtm;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the observable state of an RTM client and tells status listeners when it changes.
 */
final class RtmStatusTracker {

	private static final Log logger = LogFactory.getLog(SlackRtmClient.class);

	private final List<Consumer<SlackRtmStatus>> listeners = new CopyOnWriteArrayList<>();

	private SlackRtmState state = SlackRtmState.STOPPED;

	private @Nullable Instant connectedSince;

	private volatile @Nullable Instant lastPongAt;

	private long reconnects;

	private @Nullable String userId;

	private @Nullable String botId;

	private @Nullable String teamId;

	private @Nullable String teamName;

	private @Nullable Throwable lastFailure;

	void addListener(Consumer<SlackRtmStatus> listener) {
		this.listeners.add(listener);
	}

	void removeListener(Consumer<SlackRtmStatus> listener) {
		this.listeners.remove(listener);
	}

	synchronized void connecting() {
		this.connectedSince = null;
		change(SlackRtmState.CONNECTING);
	}

	synchronized void connected(RtmSession session) {
		this.connectedSince = Instant.now();
		this.userId = session.userId();
		this.botId = (session.botId() != null) ? session.botId() : this.botId;
		this.teamId = session.teamId();
		this.teamName = session.teamName();
		change(SlackRtmState.CONNECTED);
	}

	synchronized void reconnecting(@Nullable Throwable failure) {
		this.reconnects++;
		this.connectedSince = null;
		if (failure != null) {
			this.lastFailure = failure;
		}
		change(SlackRtmState.RECONNECTING);
	}

	synchronized void failed(Throwable failure) {
		this.connectedSince = null;
		this.lastFailure = failure;
		change(SlackRtmState.FAILED);
	}

	synchronized void stopped() {
		this.connectedSince = null;
		change(SlackRtmState.STOPPED);
	}

	void pong(Instant at) {
		this.lastPongAt = at;
	}

	synchronized SlackRtmState state() {
		return this.state;
	}

	synchronized SlackRtmStatus snapshot() {
		return new SlackRtmStatus(this.state, this.connectedSince, this.lastPongAt, this.reconnects, this.userId,
				this.botId, this.teamId, this.teamName, this.lastFailure);
	}

	private void change(SlackRtmState state) {
		this.state = state;
		SlackRtmStatus status = snapshot();
		for (Consumer<SlackRtmStatus> listener : this.listeners) {
			try {
				listener.accept(status);
			}
			catch (RuntimeException ex) {
				logger.warn("RTM status listener " + listener + " failed", ex);
			}
		}
	}

}
