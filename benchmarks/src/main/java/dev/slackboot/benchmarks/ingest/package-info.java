/**
 * Events per second from the socket to a listener, over RTM and Socket Mode.
 */
@NullMarked
package dev.slackboot.benchmarks.ingest;

import org.jspecify.annotations.NullMarked;
