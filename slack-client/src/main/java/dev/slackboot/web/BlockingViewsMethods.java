package dev.slackboot.web;

import java.util.function.Consumer;

import dev.slackboot.web.views.ViewsOpenRequest;
import dev.slackboot.web.views.ViewsOpenResponse;
import dev.slackboot.web.views.ViewsPublishRequest;
import dev.slackboot.web.views.ViewsPublishResponse;
import dev.slackboot.web.views.ViewsPushRequest;
import dev.slackboot.web.views.ViewsPushResponse;
import dev.slackboot.web.views.ViewsUpdateRequest;
import dev.slackboot.web.views.ViewsUpdateResponse;

/**
 * Slack's {@code views.*} methods, blocking.
 *
 * @see ViewsMethods
 */
public final class BlockingViewsMethods {

	private final ViewsMethods methods;

	BlockingViewsMethods(ViewsMethods methods) {
		this.methods = methods;
	}

	/**
	 * Calls {@code views.open}: opens a modal in answer to a user's interaction.
	 * @param request fills in the request
	 * @return the answer
	 * @see ViewsMethods#open(Consumer)
	 */
	public ViewsOpenResponse open(Consumer<ViewsOpenRequest> request) {
		return BlockingSupport.await(this.methods.open(request), "views.open");
	}

	/**
	 * Calls {@code views.publish}: publishes a view to a user's App Home tab.
	 * @param request fills in the request
	 * @return the answer
	 * @see ViewsMethods#publish(Consumer)
	 */
	public ViewsPublishResponse publish(Consumer<ViewsPublishRequest> request) {
		return BlockingSupport.await(this.methods.publish(request), "views.publish");
	}

	/**
	 * Calls {@code views.update}: replaces an open modal or a published Home tab.
	 * @param request fills in the request
	 * @return the answer
	 * @see ViewsMethods#update(Consumer)
	 */
	public ViewsUpdateResponse update(Consumer<ViewsUpdateRequest> request) {
		return BlockingSupport.await(this.methods.update(request), "views.update");
	}

	/**
	 * Calls {@code views.push}: pushes a new modal onto the stack of an open modal.
	 * @param request fills in the request
	 * @return the answer
	 * @see ViewsMethods#push(Consumer)
	 */
	public ViewsPushResponse push(Consumer<ViewsPushRequest> request) {
		return BlockingSupport.await(this.methods.push(request), "views.push");
	}

}
