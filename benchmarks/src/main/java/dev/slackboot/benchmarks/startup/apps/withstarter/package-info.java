/**
 * The hello-bot sample with the Slack starter.
 */
@NullMarked
package dev.slackboot.benchmarks.startup.apps.withstarter;

import org.jspecify.annotations.NullMarked;
