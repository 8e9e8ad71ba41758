package dev.slackboot.test.emulator;

/**
 * The Web API faults asked for through the control API: answer the next calls with an HTTP error.
 */
final class WebApiFaults {

	private int remaining;

	private int status;

	/**
	 * Answers the next calls with an HTTP status instead of serving them.
	 * @param count how many calls
	 * @param status the status, e.g. 429 or 503
	 */
	synchronized void failNext(int count, int status) {
		this.remaining = count;
		this.status = status;
	}

	/**
	 * Takes the fault for the current call.
	 * @return the status to answer with, or 0 to serve the call
	 */
	synchronized int take() {
		if (this.remaining <= 0) {
			return 0;
		}
		this.remaining--;
		return this.status;
	}

}
