package dev.slackboot.web;

import dev.slackboot.observation.DefaultSlackApiObservationConvention;
import dev.slackboot.observation.SlackApiObservationContext;
import dev.slackboot.observation.SlackApiObservationConvention;
import dev.slackboot.observation.SlackApiObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wraps each Web API call, retries included, in a {@code slack.api.calls} observation, parent of the HTTP
 * client observations of its attempts.
 */
final class SlackApiCallObserver {

	private static final DefaultSlackApiObservationConvention DEFAULT_CONVENTION = new DefaultSlackApiObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable SlackApiObservationConvention convention;

	SlackApiCallObserver(ObservationRegistry registry, @Nullable SlackApiObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	<T> Mono<T> observe(String method, Mono<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Mono.deferContextual((reactorContext) -> {
			SlackApiObservationContext context = new SlackApiObservationContext(method);
			Observation observation = SlackApiObservationDocumentation.API_CALL
				.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
				.parentObservation(reactorContext.getOrDefault(ObservationThreadLocalAccessor.KEY, null))
				.start();
			return call.doOnError((ex) -> {
				if (ex instanceof SlackApiException failure) {
					context.setFailure(failure);
				}
				observation.error(ex);
			})
				.doOnTerminate(observation::stop)
				.doOnCancel(observation::stop)
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

}
