package dev.slackboot.rtm;

import java.util.Locale;

import org.springframework.util.Assert;

/**
 * The Web API method that opens an RTM session.
 */
public enum RtmConnectMethod {

	/**
	 * {@code rtm.connect}: the light method Slack recommends, answering only the socket URL, the bot user and
	 * the workspace.
	 */
	CONNECT("rtm.connect"),

	/**
	 * {@code rtm.start}: deprecated by Slack; also answers a snapshot of the workspace.
	 */
	START("rtm.start");

	private final String methodName;

	RtmConnectMethod(String methodName) {
		this.methodName = methodName;
	}

	/**
	 * Returns the Web API method name.
	 * @return {@code rtm.connect} or {@code rtm.start}
	 */
	public String methodName() {
		return this.methodName;
	}

	/**
	 * Returns the connect method with the given name, as a property would spell it.
	 * @param name {@code rtm.connect} or {@code rtm.start}; {@code connect} and {@code start} also work, in any
	 * case
	 * @return the connect method
	 * @throws IllegalArgumentException for any other name
	 */
	public static RtmConnectMethod of(String name) {
		Assert.hasText(name, "RTM connect method must not be empty");
		String normalized = name.trim().toLowerCase(Locale.ROOT);
		for (RtmConnectMethod method : values()) {
			if (method.methodName.equals(normalized) || method.methodName.equals("rtm." + normalized)) {
				return method;
			}
		}
		throw new IllegalArgumentException(
				"Unknown RTM connect method '" + name + "'; use 'rtm.connect' (recommended) or 'rtm.start'");
	}

}
