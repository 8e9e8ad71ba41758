/**
 * JMH benchmarks of decoding and dispatching events.
 */
@NullMarked
package dev.slackboot.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
