/**
 * A lean local Slack serving pre-serialised events and Web API answers for load.
 */
@NullMarked
package dev.slackboot.benchmarks.load;

import org.jspecify.annotations.NullMarked;
