/**
 * Docker Compose support: a {@code slack-emulator} service started by Spring Boot's Docker Compose support
 * becomes the Slack starter's {@link dev.slackboot.autoconfigure.SlackConnectionDetails}.
 */
@NullMarked
package dev.slackboot.docker.compose;

import org.jspecify.annotations.NullMarked;
