/**
 * The hello-bot sample.
 */
@NullMarked
package dev.slackboot.samples.hellobot;

import org.jspecify.annotations.NullMarked;
