/**
 * Micrometer meters of the RTM client and the event dispatcher; needs {@code io.micrometer:micrometer-core} on
 * the class path.
 */
@NullMarked
package dev.slackboot.metrics;

import org.jspecify.annotations.NullMarked;
