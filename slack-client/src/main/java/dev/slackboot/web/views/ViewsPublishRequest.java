package dev.slackboot.web.views;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code views.publish}. {@code user_id} and {@code view} are required.
 */
public final class ViewsPublishRequest extends SlackRequest<ViewsPublishRequest> {

	/**
	 * Creates an empty request.
	 */
	public ViewsPublishRequest() {
		super("user_id", "view");
	}

	/**
	 * Sets the user whose App Home tab shows the view.
	 * @param userId the user ID
	 * @return this request
	 */
	public ViewsPublishRequest userId(@Nullable String userId) {
		return param("user_id", userId);
	}

	/**
	 * Sets the Home tab view to publish, any value that serializes to Slack's view JSON object.
	 * @param view the view
	 * @return this request
	 */
	public ViewsPublishRequest view(@Nullable Object view) {
		return param("view", view);
	}

	/**
	 * Sets the hash of the view this one replaces, so that Slack rejects the call if the view changed since.
	 * @param hash the hash from the previous answer
	 * @return this request
	 */
	public ViewsPublishRequest hash(@Nullable String hash) {
		return param("hash", hash);
	}

	/**
	 * Sets the interactivity pointer of the interaction that publishes the view.
	 * @param interactivityPointer the interactivity pointer
	 * @return this request
	 */
	public ViewsPublishRequest interactivityPointer(@Nullable String interactivityPointer) {
		return param("interactivity_pointer", interactivityPointer);
	}

}
