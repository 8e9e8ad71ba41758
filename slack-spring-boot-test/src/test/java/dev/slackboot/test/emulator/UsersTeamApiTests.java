package dev.slackboot.test.emulator;

import dev.slackboot.model.User;
import dev.slackboot.web.BlockingSlackWebClient;
import dev.slackboot.web.users.UsersListResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.slackboot.test.emulator.EmulatorClients.client;
import static dev.slackboot.test.emulator.EmulatorClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code users.*}, {@code team.info} and {@code bots.info} methods against the emulator.
 */
class UsersTeamApiTests {

	private final SlackEmulator emulator = SlackEmulator.builder()
		.token("xoxb-no-email", "users:read")
		.build()
		.start();

	private final BlockingSlackWebClient slack = client(this.emulator).blocking();

	@AfterEach
	void stop() {
		this.emulator.stop();
	}

	@Test
	void usersListPagesWithCursor() {
		UsersListResponse first = this.slack.users().list((r) -> r.limit(3));
		assertThat(first.members()).extracting(User::name).containsExactly("emulator-bot", "alice", "bob");
		assertThat(first.nextCursor()).isNotBlank();
		assertThat(this.slack.users().listAll((r) -> r.limit(3)).map(User::id))
			.containsExactly(SlackEmulator.BOT_USER_ID, "U0ALICE", "U0BOB", "U0CAROL");
	}

	@Test
	void usersInfoDescribesAPersonAndTheBot() {
		User alice = this.slack.users().info((r) -> r.user("U0ALICE")).user();
		assertThat(alice.realName()).isEqualTo("Alice Archer");
		assertThat(alice.isBot()).isFalse();
		assertThat(alice.profile().email()).isEqualTo("alice@example.com");
		User bot = this.slack.users().info((r) -> r.user(SlackEmulator.BOT_USER_ID)).user();
		assertThat(bot.isBot()).isTrue();
		assertThat(bot.profile().botId()).isEqualTo(SlackEmulator.BOT_ID);
		assertThat(failure(() -> this.slack.users().info((r) -> r.user("U0NOBODY"))).getError())
			.isEqualTo("user_not_found");
	}

	@Test
	void emailNeedsTheEmailScope() {
		User alice = client(this.emulator, "xoxb-no-email").blocking().users().info((r) -> r.user("U0ALICE")).user();
		assertThat(alice.profile().email()).isNull();
	}

	@Test
	void lookupByEmailFindsAUser() {
		assertThat(this.slack.users().lookupByEmail((r) -> r.email("bob@example.com")).user().id()).isEqualTo("U0BOB");
		assertThat(failure(() -> this.slack.users().lookupByEmail((r) -> r.email("nobody@example.com"))).getError())
			.isEqualTo("users_not_found");
	}

	@Test
	void teamInfoDescribesTheTeam() {
		assertThat(this.slack.team().info().team().id()).isEqualTo(SlackEmulator.TEAM_ID);
		assertThat(this.slack.team().info().team().domain()).isEqualTo("emulator");
	}

	@Test
	void botsInfoDescribesTheBot() {
		assertThat(this.slack.bots().info((r) -> r.bot(SlackEmulator.BOT_ID)).bot().userId())
			.isEqualTo(SlackEmulator.BOT_USER_ID);
		assertThat(failure(() -> this.slack.bots().info((r) -> r.bot("B0NOPE"))).getError()).isEqualTo("bot_not_found");
	}

}
