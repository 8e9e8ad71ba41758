package dev.slackboot.test.emulator;

/**
 * What the emulator's Socket Mode delivered, for tests: envelopes sent, acknowledged, redelivered and given up.
 *
 * @param envelopes the envelopes sent (each counted once, however often it was redelivered)
 * @param acks the envelopes the app acknowledged
 * @param redeliveries the redeliveries of {@code events_api} envelopes not acknowledged in time
 * @param unacked the envelopes sent and not acknowledged yet
 * @param expired the envelopes never acknowledged: {@code events_api} ones after their last retry, the others
 * after the acknowledgement deadline (Slack retries neither slash commands nor interactions)
 */
public record SocketModeStats(long envelopes, long acks, long redeliveries, int unacked, long expired) {

}
