package dev.slackboot.autoconfigure.health;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.rtm.SlackRtmState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link SlackHealthContributorAutoConfiguration}: the {@code slack} contributor with its {@code rtm}
 * component in the health registry, its switch, and when it is left out.
 */
class SlackHealthContributorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private RtmTestServer server;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() {
		this.server = RtmTestServer.start();
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class, SlackHealthContributorAutoConfiguration.class))
			.withBean(SlackRtmClient.class, this::client);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void slackContributorReportsTheRtmConnection() {
		this.runner.run((context) -> {
			HealthContributor slack = context.getBean(HealthContributorRegistry.class).getContributor("slack");
			assertThat(slack).isSameAs(context.getBean("slackHealthContributor"))
				.isInstanceOf(CompositeHealthContributor.class);
			HealthIndicator rtm = (HealthIndicator) ((CompositeHealthContributor) slack).getContributor("rtm");
			assertThat(rtm).isInstanceOf(SlackRtmHealthIndicator.class);
			SlackRtmClient client = context.getBean(SlackRtmClient.class);
			assertThat(rtm.health().getStatus()).isEqualTo(Status.UNKNOWN);

			client.start();
			try {
				await(() -> client.getState() == SlackRtmState.CONNECTED);
				Health health = rtm.health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("team", RtmTestServer.TEAM_ID)
					.containsEntry("botUser", RtmTestServer.BOT_USER_ID);
				assertThat(health.toString()).doesNotContain(RtmTestServer.TOKEN);
			}
			finally {
				client.stop();
			}
		});
	}

	@Test
	void downAfterIsConfigurable() {
		this.server.failConnect("internal_error");
		this.runner.withPropertyValues("management.health.slack.down-after=0s").run((context) -> {
			SlackRtmClient client = context.getBean(SlackRtmClient.class);
			client.start();
			try {
				await(() -> client.getState() == SlackRtmState.RECONNECTING);
				HealthIndicator rtm = (HealthIndicator) context.getBean(CompositeHealthContributor.class)
					.getContributor("rtm");
				Health health = rtm.health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("downAfter", "PT0S");
			}
			finally {
				client.stop();
			}
		});
	}

	@Test
	void switchedOffByProperty() {
		this.runner.withPropertyValues("management.health.slack.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("slackHealthContributor")
				.hasSingleBean(SlackRtmClient.class));
	}

	@Test
	void leftOutWithoutSpringBootHealth() throws IOException {
		this.runner.withClassLoader(new FilteredClassLoader(AbstractHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("slackHealthContributor"));
		Properties metadata = PropertiesLoaderUtils
			.loadAllProperties("META-INF/spring-autoconfigure-metadata.properties");
		String autoConfiguration = SlackHealthContributorAutoConfiguration.class.getName();
		assertThat(metadata.getProperty(autoConfiguration + ".ConditionalOnClass"))
			.as("filtered out before its conditions are loaded when the module is absent")
			.contains(AbstractHealthIndicator.class.getName());
	}

	@Test
	void leftOutWithoutAnRtmClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
					SlackHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("slackHealthContributor")
				.doesNotHaveBean(SlackHealthIndicatorProperties.class));
	}

	@Test
	void backsOffToAUserContributor() {
		HealthIndicator custom = () -> Health.up().build();
		this.runner.withBean("slackHealthContributor", HealthIndicator.class, () -> custom)
			.run((context) -> assertThat(context).getBean("slackHealthContributor").isSameAs(custom));
	}

	@Test
	void oneComponentPerClientWhenThereAreSeveral() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
					SlackHealthContributorAutoConfiguration.class))
			.withBean("workspaceOneRtmClient", SlackRtmClient.class, this::client)
			.withBean("workspaceTwoRtmClient", SlackRtmClient.class, this::client)
			.run((context) -> {
				CompositeHealthContributor slack = context.getBean(CompositeHealthContributor.class);
				assertThat(slack.stream().map(HealthContributors.Entry::name))
					.containsExactlyInAnyOrder("workspaceOneRtmClient", "workspaceTwoRtmClient");
			});
	}

	private SlackRtmClient client() {
		return SlackRtmClient.builder(this.server.webClient()).eventHandler((event) -> Mono.empty()).build();
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Condition not met within " + TIMEOUT);
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
