package dev.slackboot.test;

import dev.slackboot.autoconfigure.SlackConnectionDetails;
import dev.slackboot.test.emulator.SlackEmulator;

/**
 * {@link SlackConnectionDetails} of a running {@link SlackEmulator}.
 */
public final class SlackEmulatorConnectionDetails implements SlackConnectionDetails {

	private final SlackEmulator emulator;

	/**
	 * Creates connection details for the given emulator.
	 * @param emulator the emulator, started
	 */
	public SlackEmulatorConnectionDetails(SlackEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String webApiBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public String token() {
		return this.emulator.botToken();
	}

	@Override
	public String appToken() {
		return this.emulator.appToken();
	}

	@Override
	public String signingSecret() {
		return this.emulator.signingSecret();
	}

	@Override
	public String toString() {
		return "SlackEmulatorConnectionDetails[" + this.emulator.baseUrl() + "]";
	}

}
