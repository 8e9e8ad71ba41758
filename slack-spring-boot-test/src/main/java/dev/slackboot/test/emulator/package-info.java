/**
 * {@link dev.slackboot.test.emulator.SlackEmulator}, a local Slack server for tests and local runs: a workspace
 * in memory, served over Slack's Web API, RTM, Socket Mode and the Events API (signed requests to the app), with a
 * control API and a web page.
 */
@NullMarked
package dev.slackboot.test.emulator;

import org.jspecify.annotations.NullMarked;
