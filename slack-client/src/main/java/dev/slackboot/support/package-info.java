/**
 * Helpers the transports share (RTM, Socket Mode). Not meant to be used by applications.
 */
@NullMarked
package dev.slackboot.support;

import org.jspecify.annotations.NullMarked;
