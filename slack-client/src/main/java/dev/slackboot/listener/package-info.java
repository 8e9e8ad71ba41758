/**
 * Listener infrastructure: {@code @SlackEventListener} endpoints, their registry and the event dispatcher.
 */
@NullMarked
package dev.slackboot.listener;

import org.jspecify.annotations.NullMarked;
