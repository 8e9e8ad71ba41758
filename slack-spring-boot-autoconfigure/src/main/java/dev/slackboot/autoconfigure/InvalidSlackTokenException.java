package dev.slackboot.autoconfigure;

/**
 * Thrown at startup when a configured Slack token is missing, blank or not a token of the expected kind.
 * {@link InvalidSlackTokenFailureAnalyzer} turns it into a report that names the property and the fix.
 */
public class InvalidSlackTokenException extends RuntimeException {

	private final String property;

	private final String problem;

	private final String action;

	/**
	 * Creates an exception.
	 * @param property the property holding the token, e.g. {@code slack.token}
	 * @param problem what is wrong with it (never the token itself)
	 * @param action what to do
	 */
	public InvalidSlackTokenException(String property, String problem, String action) {
		super("Invalid Slack token in '" + property + "': " + problem);
		this.property = property;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * Returns the property holding the token.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns what is wrong with the token.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * Returns what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
