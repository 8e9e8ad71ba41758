package dev.slackboot.listener;

/**
 * Thrown (as the error of {@link SlackEventHandler#handle}) when the dispatcher does not accept an event
 * because it is not running. A transport must not acknowledge such an event, so that Slack delivers it again.
 */
public class SlackEventRejectedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param message the detail message
	 */
	public SlackEventRejectedException(String message) {
		super(message);
	}

}
