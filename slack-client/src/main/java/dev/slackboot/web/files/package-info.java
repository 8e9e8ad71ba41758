/**
 * Requests and responses of Slack's {@code files.*} methods, including the one-call upload.
 */
@NullMarked
package dev.slackboot.web.files;

import org.jspecify.annotations.NullMarked;
