package dev.slackboot.listener;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Base of {@link SlackListenerEndpoint} implementations: holds the ID, selector, self-filtering and error
 * handler. By default an endpoint selects every event and ignores the app's own events.
 */
public abstract class AbstractSlackListenerEndpoint implements SlackListenerEndpoint {

	private @Nullable String id;

	private SlackEventSelector selector = SlackEventSelector.builder().build();

	private boolean ignoreSelf = true;

	private @Nullable SlackListenerErrorHandler errorHandler;

	@Override
	public String getId() {
		Assert.state(this.id != null, "No id set on Slack listener endpoint");
		return this.id;
	}

	/**
	 * Sets the ID of the listener.
	 * @param id the ID, unique within a registry
	 */
	public void setId(String id) {
		Assert.hasText(id, "id must not be empty");
		this.id = id;
	}

	@Override
	public SlackEventSelector getSelector() {
		return this.selector;
	}

	/**
	 * Sets which events the listener receives.
	 * @param selector the selector
	 */
	public void setSelector(SlackEventSelector selector) {
		Assert.notNull(selector, "selector must not be null");
		this.selector = selector;
	}

	@Override
	public boolean isIgnoreSelf() {
		return this.ignoreSelf;
	}

	/**
	 * Sets whether the app's own events are kept from the listener; {@code true} by default.
	 * @param ignoreSelf whether to ignore the app's own events
	 */
	public void setIgnoreSelf(boolean ignoreSelf) {
		this.ignoreSelf = ignoreSelf;
	}

	@Override
	public @Nullable SlackListenerErrorHandler getErrorHandler() {
		return this.errorHandler;
	}

	/**
	 * Sets the error handler asked first when the listener fails.
	 * @param errorHandler the error handler, or {@code null} for the global one only
	 */
	public void setErrorHandler(@Nullable SlackListenerErrorHandler errorHandler) {
		this.errorHandler = errorHandler;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[id=" + this.id + ", " + this.selector + ", ignoreSelf="
				+ this.ignoreSelf + "]";
	}

}
