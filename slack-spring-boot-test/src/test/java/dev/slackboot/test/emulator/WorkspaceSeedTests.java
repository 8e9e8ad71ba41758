package dev.slackboot.test.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading and applying a workspace seed.
 */
class WorkspaceSeedTests {

	private final SlackEmulator emulator = SlackEmulator.create();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void anEmptySeedChangesNothing() {
		WorkspaceSeed seed = WorkspaceSeed.parse("{}");
		seed.applyTo(this.emulator);

		assertThat(seed.channelCount()).isZero();
		assertThat(seed.messageCount()).isZero();
		assertThat(this.emulator.channels()).hasSize(5);
	}

	@Test
	void channelsAreCreatedBeforeTheMessagesPostedInThem() {
		WorkspaceSeed seed = WorkspaceSeed.parse("""
				{"messages": [{"user": "carol", "channel": "launch", "text": "T-10"}],
				 "channels": [{"name": "launch", "private": true, "members": ["carol", "emulator-bot"]}]}
				""");

		seed.applyTo(this.emulator);

		assertThat(this.emulator.channel("launch").members()).containsExactly("U0CAROL", SlackEmulator.BOT_USER_ID);
		assertThat(this.emulator.messages("launch")).singleElement()
			.satisfies((message) -> assertThat(message.text()).isEqualTo("T-10"));
	}

	@Test
	void usersCannotBeAddedAndTheMessageNamesTheOnesThereAre() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkspaceSeed.parse("{\"users\": [{\"name\": \"dave\"}]}"))
			.withMessageContaining("cannot add users")
			.withMessageContaining("alice, bob and carol");
	}

	@Test
	void unknownFieldsAreRejectedRatherThanIgnored() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceSeed.parse("{\"chanels\": []}"))
			.withMessage("Unknown field 'chanels' in the workspace seed; it takes 'channels' and 'messages'");
	}

	@Test
	void aChannelWithoutANameIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkspaceSeed.parse("{\"channels\": [{\"members\": [\"alice\"]}]}"))
			.withMessageStartingWith("Each entry of 'channels' needs 'name'");
	}

	@Test
	void aMessageWithoutTextIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkspaceSeed.parse("{\"messages\": [{\"channel\": \"general\"}]}"))
			.withMessageStartingWith("Each entry of 'messages' needs 'text'");
	}

	@Test
	void channelsMustBeAnArray() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceSeed.parse("{\"channels\": {}}"))
			.withMessage("'channels' must be an array in the workspace seed");
	}

	@Test
	void malformedJsonIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceSeed.parse("{\"channels\": ["))
			.withMessageStartingWith("The workspace seed is not JSON");
	}

	@Test
	void aMemberWhoIsNotInTheWorkspaceFailsTheSeed() {
		WorkspaceSeed seed = WorkspaceSeed.parse("{\"channels\": [{\"name\": \"x\", \"members\": [\"dave\"]}]}");

		assertThatIllegalArgumentException().isThrownBy(() -> seed.applyTo(this.emulator))
			.withMessageStartingWith("No user 'dave'");
	}

}
