package dev.slackboot.web;

import dev.slackboot.model.User;
import dev.slackboot.web.users.UsersInfoResponse;
import dev.slackboot.web.users.UsersListResponse;
import dev.slackboot.web.users.UsersLookupByEmailResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code users.*} methods read into typed responses without losing a field, with
 * the values bot code reads bound to their components.
 */
class UsersCorpusTests {

	@Test
	void usersList() {
		UsersListResponse response = CorpusRoundTrip.assertRoundTrip("users.list", UsersListResponse.class);
		assertThat(response.cacheTs()).isEqualTo(12345L);
		assertThat(response.members()).singleElement().satisfies((user) -> {
			assertThat(user.id()).isEqualTo("U00000000");
			assertThat(user.teamId()).isEqualTo("T00000000");
			assertThat(user.tzOffset()).isEqualTo(12345);
			assertThat(user.profile().image72()).isEqualTo("https://www.example.com/");
			assertThat(user.profile().botId()).isEqualTo("B00000000");
		});
		assertThat(response.nextCursor()).isNull();
	}

	@Test
	void usersInfo() {
		UsersInfoResponse response = CorpusRoundTrip.assertRoundTrip("users.info", UsersInfoResponse.class);
		User user = response.user();
		assertThat(user.id()).isEqualTo("U00000000");
		assertThat(user.isBot()).isFalse();
		assertThat(user.profile().apiAppId()).isEqualTo("A00000000");
		assertThat(user.profile().statusExpiration()).isEqualTo(12345L);
		assertThat(user.additionalProperties()).containsKeys("enterprise_user", "has_2fa");
	}

	@Test
	void usersLookupByEmail() {
		UsersLookupByEmailResponse response = CorpusRoundTrip.assertRoundTrip("users.lookupByEmail",
				UsersLookupByEmailResponse.class);
		assertThat(response.user().id()).isEqualTo("U00000000");
		assertThat(response.user().profile().image1024()).isEqualTo("https://www.example.com/");
		assertThat(response.responseMetadata().messages()).containsExactly("");
	}

}
