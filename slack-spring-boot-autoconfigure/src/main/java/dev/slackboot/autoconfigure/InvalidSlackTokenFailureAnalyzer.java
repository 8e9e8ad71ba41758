package dev.slackboot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a missing, blank or malformed Slack token at startup with the property to set and how.
 */
class InvalidSlackTokenFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSlackTokenException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSlackTokenException cause) {
		return new FailureAnalysis("The Slack token in '" + cause.getProperty() + "' is not usable: "
				+ cause.getProblem() + ".", cause.getAction(), cause);
	}

}
