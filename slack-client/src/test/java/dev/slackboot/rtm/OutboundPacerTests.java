package dev.slackboot.rtm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OutboundPacer}: queueing without a connection, order, hand-over between connections, failing on stop.
 */
class OutboundPacerTests {

	private final OutboundPacer pacer = new OutboundPacer(Duration.ZERO, Schedulers.parallel());

	@Test
	void messagesWaitForAConnectionAndGoOutInOrder() {
		this.pacer.enqueue(message(1));
		this.pacer.enqueue(message(2));
		assertThat(this.pacer.queued()).isEqualTo(2);
		Recorder connection = new Recorder(true);
		this.pacer.attach(connection);
		this.pacer.enqueue(message(3));
		assertThat(connection.ids()).containsExactly(1L, 2L, 3L);
		assertThat(this.pacer.queued()).isZero();
	}

	@Test
	void aMessageTheConnectionRefusesGoesToTheNextConnection() {
		Recorder closing = new Recorder(false);
		this.pacer.attach(closing);
		this.pacer.enqueue(message(1));
		this.pacer.enqueue(message(2));
		assertThat(this.pacer.queued()).isEqualTo(2);
		Recorder next = new Recorder(true);
		this.pacer.attach(next);
		assertThat(next.ids()).containsExactly(1L, 2L);
	}

	@Test
	void detachedConnectionGetsNothingMore() {
		Recorder connection = new Recorder(true);
		this.pacer.attach(connection);
		this.pacer.detach(connection);
		this.pacer.enqueue(message(1));
		assertThat(connection.ids()).isEmpty();
		assertThat(this.pacer.queued()).isEqualTo(1);
	}

	@Test
	void pacedMessagesAreHeldBackUntilTheirTurn() {
		OutboundPacer paced = new OutboundPacer(Duration.ofHours(1), Schedulers.parallel());
		Recorder connection = new Recorder(true);
		paced.attach(connection);
		paced.enqueue(message(1));
		paced.enqueue(message(2));
		assertThat(connection.ids()).containsExactly(1L);
		assertThat(paced.queued()).isEqualTo(1);
	}

	@Test
	void failQueuedFailsEveryWaitingMessage() {
		OutboundMessage message = message(1);
		this.pacer.enqueue(message);
		this.pacer.failQueued(new SlackRtmException("stopped"));
		StepVerifier.create(message.reply().asMono()).expectErrorMessage("stopped").verify(Duration.ofSeconds(1));
		assertThat(this.pacer.queued()).isZero();
	}

	private static OutboundMessage message(long id) {
		return new OutboundMessage(id, "{\"id\":" + id + "}", Sinks.<JsonNode>one());
	}

	private static final class Recorder implements OutboundPacer.Target {

		private final boolean accepts;

		private final List<Long> ids = new CopyOnWriteArrayList<>();

		private Recorder(boolean accepts) {
			this.accepts = accepts;
		}

		@Override
		public boolean offer(OutboundMessage message) {
			if (this.accepts) {
				this.ids.add(message.id());
			}
			return this.accepts;
		}

		List<Long> ids() {
			return this.ids;
		}

	}

}
