/**
 * {@code chat.postMessage} calls per second.
 */
@NullMarked
package dev.slackboot.benchmarks.web;

import org.jspecify.annotations.NullMarked;
