package dev.slackboot.web;

/**
 * Slack's {@code team.*} methods, blocking.
 *
 * @see TeamMethods
 */
public final class BlockingTeamMethods {

	private final TeamMethods methods;

	BlockingTeamMethods(TeamMethods methods) {
		this.methods = methods;
	}

}
