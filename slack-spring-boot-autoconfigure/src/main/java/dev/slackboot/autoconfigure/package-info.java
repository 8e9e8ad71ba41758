/**
 * Spring Boot auto-configuration for the Slack client.
 */
@NullMarked
package dev.slackboot.autoconfigure;

import org.jspecify.annotations.NullMarked;
