package dev.slackboot.autoconfigure;

import java.time.Duration;

import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.SlackSelfIdentity;
import dev.slackboot.web.SlackWebClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Tells the dispatcher who the app is, for transports that do not learn it when they connect (the Events API
 * over HTTP): once the beans are created it calls {@code auth.test} in the background, before the web server
 * takes requests in the usual case, and sets the result unless a transport has set an identity meanwhile.
 * Without it, listeners that ignore the app's own events would receive them. A failure is logged, not fatal.
 */
final class SlackSelfIdentityInitializer implements SmartInitializingSingleton, DisposableBean {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(SlackSelfIdentityInitializer.class);

	private final SlackEventDispatcher dispatcher;

	private final @Nullable SlackWebClient webClient;

	private volatile @Nullable Disposable call;

	SlackSelfIdentityInitializer(SlackEventDispatcher dispatcher, @Nullable SlackWebClient webClient) {
		this.dispatcher = dispatcher;
		this.webClient = webClient;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.webClient == null || this.dispatcher.getSelfIdentity() != null) {
			return;
		}
		this.call = SlackSelfIdentity.fetch(this.webClient)
			.timeout(TIMEOUT)
			.subscribeOn(Schedulers.parallel())
			.subscribe(this::identified, (ex) -> logger.warn("Could not read the Slack app's identity with "
					+ "auth.test (" + ex.getMessage() + "); until a transport sets it, listeners that ignore the app's "
					+ "own events may receive them"));
	}

	private void identified(SlackSelfIdentity identity) {
		if (this.dispatcher.getSelfIdentity() == null) {
			this.dispatcher.setSelfIdentity(identity);
		}
	}

	@Override
	public void destroy() {
		Disposable call = this.call;
		if (call != null) {
			call.dispose();
		}
	}

}
