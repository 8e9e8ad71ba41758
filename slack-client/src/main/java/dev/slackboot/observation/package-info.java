/**
 * Micrometer observations of Slack Web API calls and listener invocations.
 */
@NullMarked
package dev.slackboot.observation;

import org.jspecify.annotations.NullMarked;
