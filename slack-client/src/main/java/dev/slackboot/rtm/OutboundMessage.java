package dev.slackboot.rtm;

import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;

/**
 * A message waiting to be sent: its ID, its frame, and where Slack's reply goes.
 *
 * @param id the message ID, unique per client and thereby per connection
 * @param frame the JSON frame
 * @param reply completed with Slack's {@code reply_to} answer, or failed
 */
record OutboundMessage(long id, String frame, Sinks.One<JsonNode> reply) {

	@Override
	public String toString() {
		return "OutboundMessage[id=" + this.id + "]";
	}

}
