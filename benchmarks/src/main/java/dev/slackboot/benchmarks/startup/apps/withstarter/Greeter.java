package dev.slackboot.benchmarks.startup.apps.withstarter;

import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.listener.annotation.SlackPatternGroup;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.web.SlackWebClient;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The listeners of {@code samples/hello-bot}, unchanged.
 */
@Component
class Greeter {

	@SlackEventListener(value = "message", pattern = "(?i)\\bhello\\b")
	String hello(MessageEvent event) {
		return "Hi <@" + event.user() + ">!";
	}

	@SlackEventListener(value = "message", pattern = "(?i)\\bship it\\b")
	Mono<Void> shipIt(MessageEvent event, SlackWebClient slack) {
		return slack.reactions().add((r) -> r.channel(event.channel()).timestamp(event.ts()).name("rocket")).then();
	}

	@SlackEventListener(value = "message", pattern = "^!echo\\s+(?<text>.+)$")
	String echo(@SlackPatternGroup String text) {
		return text;
	}

}
