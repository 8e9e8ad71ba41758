/**
 * Test support: {@link dev.slackboot.test.AutoConfigureSlackEmulator} points an application at an embedded
 * {@link dev.slackboot.test.emulator.SlackEmulator}.
 */
@NullMarked
package dev.slackboot.test;

import org.jspecify.annotations.NullMarked;
