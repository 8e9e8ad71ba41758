package dev.slackboot.test.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The Web API methods the emulator serves, each with the kind of token it accepts. Each family of methods adds
 * its own.
 */
final class WebApiMethods {

	private final Map<String, Registration> methods = new ConcurrentHashMap<>();

	/**
	 * Adds a method called with a bot token.
	 * @param name the method name
	 * @param method the method
	 */
	void add(String name, ApiMethod method) {
		this.methods.put(name, new Registration(method, TokenGrant.Kind.BOT));
	}

	/**
	 * Adds a method called with an app-level token.
	 * @param name the method name
	 * @param method the method
	 */
	void addForAppToken(String name, ApiMethod method) {
		this.methods.put(name, new Registration(method, TokenGrant.Kind.APP));
	}

	@Nullable Registration find(String name) {
		return this.methods.get(name);
	}

	/**
	 * A served method.
	 *
	 * @param method the method
	 * @param tokenKind the kind of token it accepts
	 */
	record Registration(ApiMethod method, TokenGrant.Kind tokenKind) {

	}

}
