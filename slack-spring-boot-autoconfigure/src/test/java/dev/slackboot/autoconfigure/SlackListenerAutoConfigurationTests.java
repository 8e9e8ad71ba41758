package dev.slackboot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.listener.LoggingSlackListenerErrorHandler;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackListenerErrorHandler;
import dev.slackboot.listener.SlackListenerInterceptor;
import dev.slackboot.listener.annotation.EnableSlackListeners;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.listener.annotation.SlackListenerBootstrapConfiguration;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.model.SlackTransport;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlackListenerAutoConfiguration}.
 */
class SlackListenerAutoConfigurationTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@RegisterExtension
	static WireMockExtension slack = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SlackListenerAutoConfiguration.class,
				SlackWebClientAutoConfiguration.class, WebClientAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("slack.token=xoxb-42-secret", "slack.web.base-url=" + slack.baseUrl() + "/api/");

	@Test
	void listenerInfrastructureIsAutoConfiguredAndStartsWithTheContext() {
		this.runner.withUserConfiguration(ListenerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SlackEventDispatcher.class)
				.hasSingleBean(SlackListenerEndpointRegistry.class)
				.hasBean(SlackListenerBootstrapConfiguration.ANNOTATION_PROCESSOR_BEAN_NAME);
			SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
			SlackListenerEndpointRegistry registry = context.getBean(SlackListenerEndpointRegistry.class);
			assertThat(registry.getDispatcher()).isSameAs(dispatcher);
			assertThat(registry.getListenerIds()).containsExactly("recorder.record");
			assertThat(registry.isRunning()).isTrue();
			assertThat(dispatcher.getWebClient()).isSameAs(context.getBean(SlackWebClient.class));
			assertThat(dispatcher.getErrorHandler()).isInstanceOf(LoggingSlackListenerErrorHandler.class);
			dispatcher.handle(message("C1", "hello", null)).block();
			assertThat(context.getBean(Recorder.class).next()).isEqualTo("hello");
		});
	}

	@Test
	void queueCapacityAndConcurrencyComeFromTheProperties() {
		this.runner.withUserConfiguration(BlockingListenerConfiguration.class)
			.withPropertyValues("slack.listener.concurrency=2", "slack.listener.queue-capacity=3")
			.run((context) -> {
				SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
				BlockingListener listener = context.getBean(BlockingListener.class);
				try {
					for (String channel : new String[] { "C1", "C2", "C3" }) {
						dispatcher.handle(message(channel, "block", null)).block(Duration.ofSeconds(5));
					}
					assertThat(listener.entered.tryAcquire(2, 5, TimeUnit.SECONDS)).isTrue();
					assertThat(dispatcher.getActiveCount()).as("two channels at a time").isEqualTo(2);
					dispatcher.handle(message("C1", "queued", null)).block(Duration.ofSeconds(5));
					dispatcher.handle(message("C1", "queued", null)).block(Duration.ofSeconds(5));
					assertThat(dispatcher.getQueueSize()).isEqualTo(3);
					dispatcher.handle(message("C1", "overflow", null)).onErrorComplete().subscribe();
					assertThat(dispatcher.getWaitingCount()).as("the fourth queued event waits for room").isEqualTo(1);
				}
				finally {
					listener.release.countDown();
				}
			});
	}

	@Test
	void replyModeComesFromTheProperties() {
		slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"2.0\"}")));
		this.runner.withUserConfiguration(ReplyingListenerConfiguration.class)
			.withPropertyValues("slack.listener.reply-mode=thread")
			.run((context) -> {
				context.getBean(SlackEventDispatcher.class).handle(message("C1", "hello", null)).block();
				awaitRequest("/api/chat.postMessage");
				slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(
						equalToJson("{\"channel\":\"C1\",\"text\":\"hi\",\"thread_ts\":\"1700000000.000100\"}")));
			});
	}

	@Test
	void redeliveriesAreDroppedForTheConfiguredTime() {
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withPropertyValues("slack.listener.deduplication-ttl=50ms")
			.run((context) -> {
				SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
				Recorder recorder = context.getBean(Recorder.class);
				dispatcher.handle(message("C1", "first", "Ev1")).block();
				dispatcher.handle(message("C1", "redelivered at once", "Ev1")).block();
				assertThat(recorder.next()).isEqualTo("first");
				Thread.sleep(200);
				dispatcher.handle(message("C1", "redelivered later", "Ev1")).block();
				assertThat(recorder.next()).as("remembered for 50 ms only").isEqualTo("redelivered later");
				assertThat(dispatcher.getMetrics().getDuplicateCount()).isEqualTo(1);
			});
	}

	@Test
	void autoStartupCanBeSwitchedOff() {
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withPropertyValues("slack.listener.auto-startup=false")
			.run((context) -> {
				SlackListenerEndpointRegistry registry = context.getBean(SlackListenerEndpointRegistry.class);
				assertThat(registry.isAutoStartup()).isFalse();
				assertThat(registry.isRunning()).isFalse();
				registry.start();
				assertThat(registry.isRunning()).isTrue();
			});
	}

	@Test
	void shutdownWaitsForListenersForTheLifecycleShutdownTimeout() {
		ListAppender<ILoggingEvent> logs = captureLogs(SlackListenerEndpointRegistry.class);
		this.runner.withUserConfiguration(BlockingListenerConfiguration.class)
			.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=200ms")
			.run((context) -> {
				context.getBean(SlackEventDispatcher.class).handle(message("C1", "block", null)).block();
				assertThat(context.getBean(BlockingListener.class).entered.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
				long start = System.nanoTime();
				context.close();
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			});
		assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy((message) -> assertThat(message).contains("did not finish within PT0.2S"));
	}

	@Test
	void globalErrorHandlerIsTheErrorHandlerBean() {
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withBean(SlackListenerErrorHandler.class, () -> (context, error) -> null)
			.run((context) -> assertThat(context.getBean(SlackEventDispatcher.class).getErrorHandler())
				.isSameAs(context.getBean(SlackListenerErrorHandler.class)));
	}

	@Test
	void severalErrorHandlerBeansWithoutAPrimaryOneKeepTheDefault() {
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withBean("one", SlackListenerErrorHandler.class, () -> (context, error) -> null)
			.withBean("two", SlackListenerErrorHandler.class, () -> (context, error) -> null)
			.run((context) -> assertThat(context.getBean(SlackEventDispatcher.class).getErrorHandler())
				.isInstanceOf(LoggingSlackListenerErrorHandler.class));
	}

	@Test
	void interceptorsWrapEveryInvocationInTheirOrder() {
		this.runner.withUserConfiguration(ListenerConfiguration.class, InterceptorConfiguration.class)
			.run((context) -> {
				context.getBean(SlackEventDispatcher.class).handle(message("C1", "hello", null)).block();
				assertThat(context.getBean(Recorder.class).next()).isEqualTo("hello");
				List<String> trace = context.getBean(InterceptorConfiguration.class).trace;
				long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
				while (trace.size() < 4 && System.nanoTime() < deadline) {
					Thread.sleep(10);
				}
				assertThat(trace).containsExactly("outer in", "inner in", "inner out", "outer out");
			});
	}

	@Test
	void enableSlackListenersInTheApplicationAddsNoSecondInfrastructureAndThePropertiesStillApply() {
		this.runner.withUserConfiguration(EnablingConfiguration.class)
			.withBean(SlackListenerErrorHandler.class, () -> (context, error) -> null)
			.withPropertyValues("slack.listener.auto-startup=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(SlackEventDispatcher.class)
					.hasSingleBean(SlackListenerEndpointRegistry.class);
				SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
				SlackListenerEndpointRegistry registry = context.getBean(SlackListenerEndpointRegistry.class);
				assertThat(registry.getDispatcher()).isSameAs(dispatcher);
				assertThat(registry.isAutoStartup()).isFalse();
				assertThat(dispatcher.getErrorHandler()).isSameAs(context.getBean(SlackListenerErrorHandler.class));
				assertThat(registry.getListenerIds()).containsExactly("recorder.record");
			});
	}

	@Test
	void backsOffToUserDefinedDispatcherAndRegistry() {
		SlackEventDispatcher ownDispatcher = new SlackEventDispatcher();
		SlackListenerEndpointRegistry ownRegistry = new SlackListenerEndpointRegistry(ownDispatcher);
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withBean("myDispatcher", SlackEventDispatcher.class, () -> ownDispatcher)
			.withBean("myRegistry", SlackListenerEndpointRegistry.class, () -> ownRegistry)
			.run((context) -> {
				assertThat(context).getBean(SlackEventDispatcher.class).isSameAs(ownDispatcher);
				assertThat(context).getBean(SlackListenerEndpointRegistry.class).isSameAs(ownRegistry);
				assertThat(ownRegistry.getListenerIds()).containsExactly("recorder.record");
				assertThat(ownDispatcher.getWebClient()).as("the user's dispatcher is not reconfigured").isNull();
			});
	}

	@Test
	void userDefinedDispatcherGetsAnAutoConfiguredRegistry() {
		SlackEventDispatcher ownDispatcher = new SlackEventDispatcher();
		this.runner.withUserConfiguration(ListenerConfiguration.class)
			.withBean("myDispatcher", SlackEventDispatcher.class, () -> ownDispatcher)
			.run((context) -> {
				assertThat(context).hasSingleBean(SlackEventDispatcher.class);
				assertThat(context.getBean(SlackListenerEndpointRegistry.class).getDispatcher()).isSameAs(ownDispatcher);
			});
	}

	@Test
	void worksWithoutAWebClient() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SlackListenerAutoConfiguration.class))
			.withUserConfiguration(ListenerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(SlackWebClient.class);
				SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
				assertThat(dispatcher.getWebClient()).isNull();
				dispatcher.handle(message("C1", "hello", null)).block();
				assertThat(context.getBean(Recorder.class).next()).isEqualTo("hello");
			});
	}

	@Test
	void noListenerInfrastructureWithoutTheClientLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SlackEventDispatcher.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SlackEventDispatcher.class)
				.doesNotHaveBean(SlackListenerEndpointRegistry.class)
				.doesNotHaveBean(SlackListenerBootstrapConfiguration.ANNOTATION_PROCESSOR_BEAN_NAME));
	}

	static SlackEvent message(String channel, String text, String eventId) {
		ObjectNode json = MAPPER.createObjectNode()
			.put("type", "message")
			.put("channel", channel)
			.put("user", "U1")
			.put("text", text)
			.put("ts", "1700000000.000100");
		return new SlackEvent("message", null, channel, "U1", null, null, eventId, SlackTransport.EVENTS_API, null, 0,
				null, json, json);
	}

	private static void awaitRequest(String path) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (slack.findAll(postRequestedFor(urlPathEqualTo(path))).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	private static ListAppender<ILoggingEvent> captureLogs(Class<?> type) {
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.start();
		((Logger) LoggerFactory.getLogger(type)).addAppender(logs);
		return logs;
	}

	static class Recorder {

		private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

		@SlackEventListener("message")
		void record(SlackEvent event) {
			this.texts.add(event.event().path("text").asString());
		}

		String next() throws InterruptedException {
			return this.texts.poll(5, TimeUnit.SECONDS);
		}

	}

	static class BlockingListener {

		final Semaphore entered = new Semaphore(0);

		final CountDownLatch release = new CountDownLatch(1);

		@SlackEventListener(value = "message", pattern = "block")
		void block() throws InterruptedException {
			this.entered.release();
			this.release.await(10, TimeUnit.SECONDS);
		}

	}

	static class ReplyingListener {

		@SlackEventListener("message")
		String reply() {
			return "hi";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BlockingListenerConfiguration {

		@Bean
		BlockingListener blockingListener() {
			return new BlockingListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReplyingListenerConfiguration {

		@Bean
		ReplyingListener replyingListener() {
			return new ReplyingListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class EnablingConfiguration {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InterceptorConfiguration {

		final List<String> trace = new CopyOnWriteArrayList<>();

		@Bean
		@Order(2)
		SlackListenerInterceptor inner() {
			return (context, invocation) -> Mono.fromRunnable(() -> this.trace.add("inner in"))
				.then(invocation)
				.doOnSuccess((done) -> this.trace.add("inner out"));
		}

		@Bean
		@Order(1)
		SlackListenerInterceptor outer() {
			return (context, invocation) -> Mono.fromRunnable(() -> this.trace.add("outer in"))
				.then(invocation)
				.doOnSuccess((done) -> this.trace.add("outer out"));
		}

	}

}
