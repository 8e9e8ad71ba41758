/**
 * Auto-configuration of the Micrometer meters of the Slack RTM client and event dispatcher.
 */
@NullMarked
package dev.slackboot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
