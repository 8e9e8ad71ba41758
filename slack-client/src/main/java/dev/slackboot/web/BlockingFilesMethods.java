package dev.slackboot.web;

/**
 * Slack's {@code files.*} methods, blocking.
 *
 * @see FilesMethods
 */
public final class BlockingFilesMethods {

	private final FilesMethods methods;

	BlockingFilesMethods(FilesMethods methods) {
		this.methods = methods;
	}

}
