/**
 * Auto-configuration of Micrometer observations for Slack.
 */
@NullMarked
package dev.slackboot.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
