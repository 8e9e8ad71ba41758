/**
 * Helpers the library's clients and transports share (RTM, Socket Mode, listeners, Web API). Not meant to be used by applications.
 */
@NullMarked
package dev.slackboot.support;

import org.jspecify.annotations.NullMarked;
