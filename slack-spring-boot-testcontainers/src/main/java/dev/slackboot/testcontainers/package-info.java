/**
 * Testcontainers support: {@link dev.slackboot.testcontainers.SlackEmulatorContainer} runs the
 * {@code slack-emulator} image, and {@code @ServiceConnection} on it points the Slack starter at it.
 */
@NullMarked
package dev.slackboot.testcontainers;

import org.jspecify.annotations.NullMarked;
