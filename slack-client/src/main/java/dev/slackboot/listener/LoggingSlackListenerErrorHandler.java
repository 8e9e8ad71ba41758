package dev.slackboot.listener;

import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The default global {@link SlackListenerErrorHandler}: logs the failure with the listener ID and the event's
 * type, subtype, channel and ID (never its text or a token), and counts it.
 */
public class LoggingSlackListenerErrorHandler implements SlackListenerErrorHandler {

	private static final Log logger = LogFactory.getLog(LoggingSlackListenerErrorHandler.class);

	private final LongAdder errors = new LongAdder();

	@Override
	public @Nullable Object handleError(SlackEventContext context, Throwable error) {
		this.errors.increment();
		logger.error("Slack listener '" + context.listenerId() + "' failed on " + context.event(), error);
		return null;
	}

	/**
	 * Returns how many failures this handler has handled.
	 * @return the number of failures
	 */
	public long getErrorCount() {
		return this.errors.sum();
	}

}
