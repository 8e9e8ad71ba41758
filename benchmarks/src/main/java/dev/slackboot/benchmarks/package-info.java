/**
 * The end-to-end benchmark harness: event ingest, Web API throughput, allocation and startup against Slack's Java
 * SDK and a raw floor, in one run.
 */
@NullMarked
package dev.slackboot.benchmarks;

import org.jspecify.annotations.NullMarked;
