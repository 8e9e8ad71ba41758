package dev.slackboot.web.views;

import dev.slackboot.web.SlackRequest;
import org.jspecify.annotations.Nullable;

/**
 * Arguments of {@code views.open}. {@code view} is required, and one of {@code trigger_id} or
 * {@code interactivity_pointer}.
 */
public final class ViewsOpenRequest extends SlackRequest<ViewsOpenRequest> {

	/**
	 * Creates an empty request.
	 */
	public ViewsOpenRequest() {
		super("view");
	}

	/**
	 * Sets the trigger of the interaction that opens the modal; it expires 3 seconds after the interaction.
	 * @param triggerId the trigger ID from the interaction payload
	 * @return this request
	 */
	public ViewsOpenRequest triggerId(@Nullable String triggerId) {
		return param("trigger_id", triggerId);
	}

	/**
	 * Sets the interactivity pointer of the interaction that opens the modal, instead of a trigger ID.
	 * @param interactivityPointer the interactivity pointer
	 * @return this request
	 */
	public ViewsOpenRequest interactivityPointer(@Nullable String interactivityPointer) {
		return param("interactivity_pointer", interactivityPointer);
	}

	/**
	 * Sets the modal to open, any value that serializes to Slack's view JSON object.
	 * @param view the view
	 * @return this request
	 */
	public ViewsOpenRequest view(@Nullable Object view) {
		return param("view", view);
	}

}
