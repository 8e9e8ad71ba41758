package dev.slackboot.listener.annotation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackEventSelector;
import dev.slackboot.listener.SlackListenerConfigurer;
import dev.slackboot.listener.SlackListenerEndpointRegistry;
import dev.slackboot.listener.SlackReplyMode;
import dev.slackboot.listener.TestEvents;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listeners registered programmatically, as with Slack's Python SDK {@code RTMClient.on(event, callback)}, and
 * a dispatcher configured through a {@link SlackListenerConfigurer}.
 */
class SlackListenerConfigurerTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void configurerRegistersCallbacksAndConfiguresTheDispatcher() {
		wireMock.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean("slackWebClient", SlackWebClient.class, () -> SlackWebClient.builder()
				.baseUrl(wireMock.baseUrl() + "/api/")
				.token("xoxb-test")
				.build());
			context.register(Config.class);
			context.refresh();
			SlackEventDispatcher dispatcher = context.getBean(SlackEventDispatcher.class);
			Received received = context.getBean(Received.class);

			dispatcher.handle(TestEvents.message("C1", "U1", "ping")).block();
			dispatcher.handle(TestEvents.event("member_joined_channel",
					(json) -> json.put("channel", "C1").put("user", "U2")))
				.block();
			TestEvents.awaitIdle(dispatcher);

			assertThat(received.events).containsExactly("message:U1", "member_joined_channel:U2");
			assertThat(context.getBean(SlackListenerEndpointRegistry.class).getListenerIds()).hasSize(2);
			wireMock.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(equalToJson("{\"channel\":\"C1\",\"text\":\"pong\",\"thread_ts\":\"1700000000.000100\"}")));
			wireMock.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(equalToJson("{\"channel\":\"C1\",\"text\":\"Welcome <@U2>\"}")));
		}
	}

	static class Received {

		final List<String> events = new CopyOnWriteArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class Config {

		@Bean
		Received received() {
			return new Received();
		}

		@Bean
		SlackListenerConfigurer callbacks(Received received) {
			return (registrar) -> {
				registrar.getEndpointRegistry().getDispatcher().setReplyMode(SlackReplyMode.THREAD);
				registrar.register("message", (context) -> {
					received.events.add(context.type() + ":" + context.user());
					return "pong";
				});
				registrar.register(SlackEventSelector.builder().types("member_joined_channel").build(), (context) -> {
					received.events.add(context.type() + ":" + context.user());
					return context.say("Welcome <@" + context.user() + ">");
				});
			};
		}

	}

}
