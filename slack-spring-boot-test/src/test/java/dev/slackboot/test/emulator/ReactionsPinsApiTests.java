package dev.slackboot.test.emulator;

import dev.slackboot.model.Message;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.pins.PinnedItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code reactions.*} and {@code pins.*} methods against the emulator.
 */
class ReactionsPinsApiTests {

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void reactionsAddShowsOnTheMessage() {
		Message message = this.emulator.postAsUser("general", "ship it?");
		this.slack.reactions().add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("thumbsup"));
		this.emulator.react("bob", "general", message.ts(), "thumbsup");
		Message reacted = this.slack.reactions().get((r) -> r.channel("C0GENERAL").timestamp(message.ts())).message();
		assertThat(reacted.reactions()).singleElement().satisfies((reaction) -> {
			assertThat(reaction.name()).isEqualTo("thumbsup");
			assertThat(reaction.count()).isEqualTo(2);
			assertThat(reaction.users()).containsExactly(SlackEmulator.BOT_USER_ID, "U0BOB");
		});
		assertThat(reacted.permalink()).contains("/archives/C0GENERAL/p");
	}

	@Test
	void reactingTwiceIsAlreadyReacted() {
		Message message = this.emulator.postAsUser("general", "ship it?");
		this.slack.reactions().add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("tada"));
		assertThat(failure(() -> this.slack.reactions()
			.add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("tada"))).getError())
			.isEqualTo("already_reacted");
	}

	@Test
	void reactionsRemoveTakesTheReactionAway() {
		Message message = this.emulator.postAsUser("general", "ship it?");
		this.slack.reactions().add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("eyes"));
		this.slack.reactions().remove((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("eyes"));
		assertThat(this.emulator.messages("general").get(0).reactions()).isNull();
		assertThat(failure(() -> this.slack.reactions()
			.remove((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name("eyes"))).getError())
			.isEqualTo("no_reaction");
	}

	@Test
	void reactionOnUnknownMessageIsMessageNotFound() {
		assertThat(failure(() -> this.slack.reactions()
			.add((r) -> r.channel("C0GENERAL").timestamp("1.000003").name("eyes"))).getError())
			.isEqualTo("message_not_found");
	}

	@Test
	void reactionWithInvalidNameIsInvalidName() {
		Message message = this.emulator.postAsUser("general", "ship it?");
		assertThat(failure(() -> this.slack.reactions()
			.add((r) -> r.channel("C0GENERAL").timestamp(message.ts()).name(":not an emoji:"))).getError())
			.isEqualTo("invalid_name");
	}

	@Test
	void pinsAddListAndRemove() {
		Message first = this.emulator.postAsUser("general", "rules");
		Message second = this.emulator.postAsUser("general", "faq");
		this.slack.pins().add((r) -> r.channel("C0GENERAL").timestamp(first.ts()));
		this.slack.pins().add((r) -> r.channel("C0GENERAL").timestamp(second.ts()));
		assertThat(this.slack.pins().list((r) -> r.channel("C0GENERAL")).items())
			.extracting(PinnedItem::message)
			.extracting(Message::text)
			.containsExactly("faq", "rules");
		PinnedItem item = this.slack.pins().list((r) -> r.channel("C0GENERAL")).items().get(0);
		assertThat(item.type()).isEqualTo("message");
		assertThat(item.createdBy()).isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(failure(() -> this.slack.pins().add((r) -> r.channel("C0GENERAL").timestamp(first.ts())))
			.getError()).isEqualTo("already_pinned");
		this.slack.pins().remove((r) -> r.channel("C0GENERAL").timestamp(first.ts()));
		assertThat(this.slack.pins().list((r) -> r.channel("C0GENERAL")).items()).hasSize(1);
		assertThat(failure(() -> this.slack.pins().remove((r) -> r.channel("C0GENERAL").timestamp(first.ts())))
			.getError()).isEqualTo("no_pin");
	}

	@Test
	void pinningWhereTheBotIsNotIsNotInChannel() {
		Message message = this.emulator.postAsUser("watercooler", "coffee?");
		assertThat(failure(() -> this.slack.pins().add((r) -> r.channel("C0NOBOT").timestamp(message.ts())))
			.getError()).isEqualTo("not_in_channel");
	}

}
