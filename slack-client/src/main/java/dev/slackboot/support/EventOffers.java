package dev.slackboot.support;

import dev.slackboot.listener.SlackEventHandler;
import dev.slackboot.listener.SlackEventRejectedException;
import dev.slackboot.model.SlackEvent;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * How a transport offers an event to its {@link SlackEventHandler} before falling back to
 * {@link SlackEventHandler#handle(SlackEvent)}.
 */
public final class EventOffers {

	private EventOffers() {
	}

	/**
	 * Offers an event: no handler takes it (it is dropped); a rejection leaves it to
	 * {@link SlackEventHandler#handle(SlackEvent)}, which reports it as the transport expects; any other failure of
	 * the handler is logged and the event skipped.
	 * @param handler the handler, if any
	 * @param event the event
	 * @param logger the transport's logger
	 * @param skipped what skipping means on this transport, for the log, e.g. {@code "it is skipped"}
	 * @return {@code true} when the event was taken, dropped or skipped; {@code false} when the transport must
	 * hand it over with {@link SlackEventHandler#handle(SlackEvent)}
	 */
	public static boolean offer(@Nullable SlackEventHandler handler, SlackEvent event, Log logger, String skipped) {
		if (handler == null) {
			return true;
		}
		try {
			return handler.offer(event);
		}
		catch (SlackEventRejectedException ex) {
			return false;
		}
		catch (RuntimeException ex) {
			logger.warn("The event handler did not accept " + event + "; " + skipped, ex);
			return true;
		}
	}

}
