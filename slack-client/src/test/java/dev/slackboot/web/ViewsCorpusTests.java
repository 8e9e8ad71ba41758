package dev.slackboot.web;

import dev.slackboot.model.View;
import dev.slackboot.web.views.ViewsOpenResponse;
import dev.slackboot.web.views.ViewsPublishResponse;
import dev.slackboot.web.views.ViewsPushResponse;
import dev.slackboot.web.views.ViewsUpdateResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's sample answers of the {@code views.*} methods read into typed responses without losing a field.
 */
class ViewsCorpusTests {

	@Test
	void viewsOpen() {
		ViewsOpenResponse response = CorpusRoundTrip.assertRoundTrip("views.open", ViewsOpenResponse.class);
		assertTypedView(response.view());
	}

	@Test
	void viewsPublish() {
		ViewsPublishResponse response = CorpusRoundTrip.assertRoundTrip("views.publish", ViewsPublishResponse.class);
		assertTypedView(response.view());
	}

	@Test
	void viewsUpdate() {
		ViewsUpdateResponse response = CorpusRoundTrip.assertRoundTrip("views.update", ViewsUpdateResponse.class);
		assertTypedView(response.view());
	}

	@Test
	void viewsPush() {
		ViewsPushResponse response = CorpusRoundTrip.assertRoundTrip("views.push", ViewsPushResponse.class);
		assertTypedView(response.view());
	}

	private static void assertTypedView(View view) {
		assertThat(view).isNotNull();
		assertThat(view.id()).isEmpty();
		assertThat(view.hash()).isEmpty();
		assertThat(view.clearOnClose()).isFalse();
		assertThat(view.state()).isNotNull();
		assertThat(view.title().path("type").asString()).isEmpty();
		assertThat(view.blocks()).isNotEmpty();
		assertThat(view.blocks().get(0).path("type").asString()).isEqualTo("input");
		assertThat(view.additionalProperties()).containsKeys("external_ref", "message_ts");
	}

}
