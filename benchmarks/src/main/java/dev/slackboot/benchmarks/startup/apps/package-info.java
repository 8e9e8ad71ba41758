/**
 * What the startup applications share; packaged alone in {@code slack-benchmarks-startup-apps.jar}.
 */
@NullMarked
package dev.slackboot.benchmarks.startup.apps;

import org.jspecify.annotations.NullMarked;
