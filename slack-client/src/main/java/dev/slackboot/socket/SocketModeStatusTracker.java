package dev.slackboot.socket;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the observable state of a Socket Mode client over all its connections and tells status listeners when
 * it changes: connected while at least one connection is open.
 */
final class SocketModeStatusTracker {

	private static final Log logger = LogFactory.getLog(SlackSocketModeClient.class);

	private final List<Consumer<SlackSocketModeStatus>> listeners = new CopyOnWriteArrayList<>();

	private final int connections;

	private SlackSocketModeState state = SlackSocketModeState.STOPPED;

	private int openConnections;

	private @Nullable Instant connectedSince;

	private volatile @Nullable Instant lastPongAt;

	private long reconnects;

	private long refreshes;

	private @Nullable String appId;

	private @Nullable Throwable lastFailure;

	SocketModeStatusTracker(int connections) {
		this.connections = connections;
	}

	void addListener(Consumer<SlackSocketModeStatus> listener) {
		this.listeners.add(listener);
	}

	void removeListener(Consumer<SlackSocketModeStatus> listener) {
		this.listeners.remove(listener);
	}

	synchronized void connecting() {
		this.openConnections = 0;
		this.connectedSince = null;
		change(SlackSocketModeState.CONNECTING);
	}

	synchronized void opened(@Nullable String appId) {
		if (!isActive()) {
			return;
		}
		this.openConnections++;
		this.appId = (appId != null) ? appId : this.appId;
		if (this.connectedSince == null) {
			this.connectedSince = Instant.now();
		}
		change(SlackSocketModeState.CONNECTED);
	}

	synchronized void closed() {
		if (!isActive()) {
			return;
		}
		this.openConnections = Math.max(0, this.openConnections - 1);
		if (this.openConnections == 0) {
			this.connectedSince = null;
			change(SlackSocketModeState.RECONNECTING);
		}
	}

	synchronized void reconnecting(@Nullable Throwable failure) {
		if (!isActive()) {
			return;
		}
		this.reconnects++;
		if (failure != null) {
			this.lastFailure = failure;
		}
		change((this.openConnections > 0) ? SlackSocketModeState.CONNECTED : SlackSocketModeState.RECONNECTING);
	}

	synchronized void refreshed() {
		this.refreshes++;
	}

	synchronized void failed(Throwable failure) {
		this.openConnections = 0;
		this.connectedSince = null;
		this.lastFailure = failure;
		change(SlackSocketModeState.FAILED);
	}

	synchronized void stopped() {
		this.openConnections = 0;
		this.connectedSince = null;
		change(SlackSocketModeState.STOPPED);
	}

	void pong(Instant at) {
		this.lastPongAt = at;
	}

	synchronized SlackSocketModeState state() {
		return this.state;
	}

	synchronized SlackSocketModeStatus snapshot() {
		return new SlackSocketModeStatus(this.state, this.openConnections, this.connections, this.connectedSince,
				this.lastPongAt, this.reconnects, this.refreshes, this.appId, this.lastFailure);
	}

	private boolean isActive() {
		return this.state != SlackSocketModeState.STOPPED && this.state != SlackSocketModeState.FAILED;
	}

	private void change(SlackSocketModeState state) {
		this.state = state;
		SlackSocketModeStatus status = snapshot();
		for (Consumer<SlackSocketModeStatus> listener : this.listeners) {
			try {
				listener.accept(status);
			}
			catch (RuntimeException ex) {
				logger.warn("Socket Mode status listener " + listener + " failed", ex);
			}
		}
	}

}
