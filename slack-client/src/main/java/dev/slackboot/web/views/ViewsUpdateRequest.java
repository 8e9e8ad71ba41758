package dev.slackboot.web.views;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code views.update}. {@code view} is required, and one of {@code view_id} or
 * {@code external_id}.
 */
public final class ViewsUpdateRequest extends SlackRequest<ViewsUpdateRequest> {

	/**
	 * Creates an empty request.
	 */
	public ViewsUpdateRequest() {
		super("view");
	}

	/**
	 * Sets the ID of the view to update.
	 * @param viewId the view ID
	 * @return this request
	 */
	public ViewsUpdateRequest viewId(@Nullable String viewId) {
		return param("view_id", viewId);
	}

	/**
	 * Sets the app's unique identifier of the view to update, instead of its view ID.
	 * @param externalId the external ID
	 * @return this request
	 */
	public ViewsUpdateRequest externalId(@Nullable String externalId) {
		return param("external_id", externalId);
	}

	/**
	 * Sets the view that replaces the current one, any value that serializes to Slack's view JSON object.
	 * @param view the view
	 * @return this request
	 */
	public ViewsUpdateRequest view(@Nullable Object view) {
		return param("view", view);
	}

	/**
	 * Sets the hash of the view being replaced, so that Slack rejects the call if the view changed since.
	 * @param hash the hash from the previous answer or interaction payload
	 * @return this request
	 */
	public ViewsUpdateRequest hash(@Nullable String hash) {
		return param("hash", hash);
	}

}
