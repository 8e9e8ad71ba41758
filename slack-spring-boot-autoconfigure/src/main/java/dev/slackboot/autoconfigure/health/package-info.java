/**
 * Auto-configuration of the Slack health contributor for Spring Boot's health endpoint.
 */
@NullMarked
package dev.slackboot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
