/**
 * The socket-mode-bot sample: the hello-bot's listeners, receiving events over Socket Mode.
 */
@NullMarked
package dev.slackboot.samples.socketmodebot;

import org.jspecify.annotations.NullMarked;
