/**
 * Context start time of a hello-bot-like application, in fresh JVMs.
 */
@NullMarked
package dev.slackboot.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
