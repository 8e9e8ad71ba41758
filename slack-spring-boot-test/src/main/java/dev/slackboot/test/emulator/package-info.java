/**
 * {@link dev.slackboot.test.emulator.SlackEmulator}, a local Slack server for tests and local runs: a workspace
 * in memory, served over Slack's Web API, RTM and a control API.
 */
@NullMarked
package dev.slackboot.test.emulator;

import org.jspecify.annotations.NullMarked;
