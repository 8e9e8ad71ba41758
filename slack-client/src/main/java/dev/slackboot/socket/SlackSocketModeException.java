package dev.slackboot.socket;

/**
 * Why a Socket Mode connection could not be opened or was lost.
 */
public class SlackSocketModeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param message the detail message
	 */
	public SlackSocketModeException(String message) {
		super(message);
	}

}
