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
import reactor.core.publisher.Mono;

/**
 * Slack's {@code views.*} methods: modals and App Home tabs. The view is any value that serializes to Slack's
 * view JSON object (a {@code Map}, a record of your own, a {@code JsonNode}); it is sent inside a JSON body.
 */
public final class ViewsMethods {

	private final SlackApiInvoker api;

	ViewsMethods(SlackApiInvoker api) {
		this.api = api;
	}

	/**
	 * Calls {@code views.open}: opens a modal in answer to a user's interaction.
	 * @param request fills in the request, e.g. {@code v -> v.triggerId(payload.triggerId()).view(modal)}
	 * @return the answer, with the opened view
	 */
	public Mono<ViewsOpenResponse> open(Consumer<ViewsOpenRequest> request) {
		return this.api.invoke("views.open", SlackRequests.build(new ViewsOpenRequest(), request),
				ViewsOpenResponse.class);
	}

	/**
	 * Calls {@code views.publish}: publishes a view to a user's App Home tab.
	 * @param request fills in the request, e.g. {@code v -> v.userId("U123").view(home)}
	 * @return the answer, with the published view
	 */
	public Mono<ViewsPublishResponse> publish(Consumer<ViewsPublishRequest> request) {
		return this.api.invoke("views.publish", SlackRequests.build(new ViewsPublishRequest(), request),
				ViewsPublishResponse.class);
	}

	/**
	 * Calls {@code views.update}: replaces an open modal or a published Home tab.
	 * @param request fills in the request, e.g. {@code v -> v.viewId(view.id()).hash(view.hash()).view(next)}
	 * @return the answer, with the updated view
	 */
	public Mono<ViewsUpdateResponse> update(Consumer<ViewsUpdateRequest> request) {
		return this.api.invoke("views.update", SlackRequests.build(new ViewsUpdateRequest(), request),
				ViewsUpdateResponse.class);
	}

	/**
	 * Calls {@code views.push}: pushes a new modal onto the stack of an open modal.
	 * @param request fills in the request, e.g. {@code v -> v.triggerId(payload.triggerId()).view(modal)}
	 * @return the answer, with the pushed view
	 */
	public Mono<ViewsPushResponse> push(Consumer<ViewsPushRequest> request) {
		return this.api.invoke("views.push", SlackRequests.build(new ViewsPushRequest(), request),
				ViewsPushResponse.class);
	}

}
