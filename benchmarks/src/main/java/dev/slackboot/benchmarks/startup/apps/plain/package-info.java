/**
 * The hello-bot sample without the Slack starter.
 */
@NullMarked
package dev.slackboot.benchmarks.startup.apps.plain;

import org.jspecify.annotations.NullMarked;
