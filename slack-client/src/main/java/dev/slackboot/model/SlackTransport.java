package dev.slackboot.model;

/**
 * The connection an event arrived on.
 */
public enum SlackTransport {

	/**
	 * Slack's Real Time Messaging API (classic apps only).
	 */
	RTM,

	/**
	 * Socket Mode: a WebSocket the app opens with an app-level token.
	 */
	SOCKET_MODE,

	/**
	 * The Events API: HTTP requests Slack sends to the app.
	 */
	EVENTS_API

}
