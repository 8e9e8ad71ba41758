package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.rtm.RtmTestServer;
import dev.slackboot.rtm.RtmTestServer.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.slackboot.autoconfigure.RtmTestApplication.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, end to end through a Spring Boot application and a real WebSocket, how long events stop flowing
 * when the socket drops and how many events per second one listener receives. The figures are printed, not
 * asserted: they depend on the machine. Tagged {@code measurement}, so the default build leaves them out; run
 * them with {@code ./mvnw -pl slack-client,slack-spring-boot-autoconfigure -am test -Dgroups=measurement
 * -Dslack.test.excluded-groups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("measurement")
class SlackRtmMeasurementTests {

	private static final int DROPS = 10;

	private static final int EVENTS = 10_000;

	private RtmTestServer server;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startServer() {
		this.server = RtmTestServer.start();
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Test
	void timeFromADroppedSocketToEventsFlowingAgainWithTheDefaultBackoff() {
		this.context = RtmTestApplication.run(this.server, CounterConfiguration.class,
				"slack.rtm.reconnect.initial-backoff=1s", "slack.rtm.reconnect.max-backoff=5m");
		long millis = dropAndMeasure(this.server.awaitSocket(TIMEOUT), this.context.getBean(Counter.class));
		System.out.printf("Dropped socket -> events flowing again, default backoff (1 s first wait): %d ms%n", millis);
	}

	@Test
	void timeFromADroppedSocketToEventsFlowingAgainWithoutBackoff() {
		this.context = RtmTestApplication.run(this.server, CounterConfiguration.class,
				"slack.rtm.reconnect.initial-backoff=1ms", "slack.rtm.reconnect.max-backoff=1ms");
		Counter counter = this.context.getBean(Counter.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		long[] millis = new long[DROPS];
		for (int i = 0; i < DROPS; i++) {
			millis[i] = dropAndMeasure(socket, counter);
			socket = this.server.sockets().get(this.server.sockets().size() - 1);
		}
		Arrays.sort(millis);
		System.out.printf("Dropped socket -> events flowing again, 1 ms backoff, %d drops: median %d ms, max %d ms%n",
				DROPS, millis[DROPS / 2], millis[DROPS - 1]);
	}

	@Test
	void eventsPerSecondThroughOneListener() {
		this.context = RtmTestApplication.run(this.server, CounterConfiguration.class);
		Counter counter = this.context.getBean(Counter.class);
		Socket socket = this.server.awaitSocket(TIMEOUT);
		warmUp(socket, counter);
		System.out.printf("One listener, one channel: %,d events/s%n", eventsPerSecond(socket, counter, 1));
		System.out.printf("One listener, 8 channels: %,d events/s%n", eventsPerSecond(socket, counter, 8));
	}

	private long dropAndMeasure(Socket socket, Counter counter) {
		int before = counter.count.get();
		long dropped = System.nanoTime();
		socket.drop();
		Socket next = this.server.awaitSocket(Duration.ofSeconds(10));
		next.pushMessage("C1", "U1", "after the drop");
		RtmTestApplication.await("an event after the drop", () -> counter.count.get() > before);
		return Duration.ofNanos(System.nanoTime() - dropped).toMillis();
	}

	private static void warmUp(Socket socket, Counter counter) {
		for (int i = 0; i < 2000; i++) {
			socket.pushMessage("C" + (i % 8), "U1", "warm up");
		}
		RtmTestApplication.await("the warm-up", () -> counter.count.get() == 2000);
	}

	private static long eventsPerSecond(Socket socket, Counter counter, int channels) {
		int target = counter.count.get() + EVENTS;
		long start = System.nanoTime();
		for (int i = 0; i < EVENTS; i++) {
			socket.pushMessage("C" + (i % channels), "U1", "event " + i);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (counter.count.get() < target && System.nanoTime() < deadline) {
			RtmTestApplication.sleep(1);
		}
		assertThat(counter.count.get()).as("every event delivered").isEqualTo(target);
		return EVENTS * 1_000_000_000L / (System.nanoTime() - start);
	}

	static class Counter {

		final AtomicInteger count = new AtomicInteger();

		@SlackEventListener("message")
		void onMessage(MessageEvent event) {
			this.count.incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CounterConfiguration {

		@Bean
		Counter counter() {
			return new Counter();
		}

	}

}
