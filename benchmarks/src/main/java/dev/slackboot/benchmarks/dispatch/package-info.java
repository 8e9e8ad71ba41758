/**
 * The dispatch path of one event on the calling thread, and its allocation.
 */
@NullMarked
package dev.slackboot.benchmarks.dispatch;

import org.jspecify.annotations.NullMarked;
