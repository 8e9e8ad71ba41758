package dev.slackboot.test.emulator;

import reactor.netty.http.server.HttpServerRoutes;

/**
 * A part of the emulator served over HTTP (the Web API, RTM, the control API, ...), adding its routes to the
 * emulator's server.
 */
interface EmulatorEndpoint {

	/**
	 * Adds this endpoint's routes.
	 * @param routes the server's routes
	 */
	void addRoutes(HttpServerRoutes routes);

	/**
	 * Releases what this endpoint holds (sockets, scheduled work) when the emulator stops.
	 */
	default void stop() {
	}

}
