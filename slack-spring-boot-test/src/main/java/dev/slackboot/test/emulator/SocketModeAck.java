package dev.slackboot.test.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An acknowledgement the app sent over Socket Mode, for tests, e.g. to check the message a slash command answered
 * with.
 *
 * @param envelopeId the acknowledged envelope
 * @param envelopeType its type: {@code events_api}, {@code slash_commands} or {@code interactive}
 * @param retryAttempt the delivery that was acknowledged: 0 for the first, 1 to 3 for a redelivery
 * @param payload the payload sent with the acknowledgement, {@code null} for none
 */
public record SocketModeAck(String envelopeId, String envelopeType, int retryAttempt, @Nullable JsonNode payload) {

}
