package dev.slackboot.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documents the observations of Slack listener invocations.
 */
public enum SlackListenerObservationDocumentation implements ObservationDocumentation {

	/**
	 * One listener invocation: argument resolution, the listener and the handling of its result (a reply
	 * posted, a {@code Mono} awaited), until it completes or fails.
	 */
	LISTENER_INVOCATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSlackListenerObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Low-cardinality keys of {@link #LISTENER_INVOCATION}.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The listener ID.
		 */
		LISTENER_ID {
			@Override
			public String asString() {
				return "listener.id";
			}
		},

		/**
		 * The event type, e.g. {@code message}.
		 */
		EVENT_TYPE {
			@Override
			public String asString() {
				return "event.type";
			}
		},

		/**
		 * The transport the event arrived on: {@code rtm}, {@code socket_mode} or {@code events_api}.
		 */
		TRANSPORT {
			@Override
			public String asString() {
				return "transport";
			}
		},

		/**
		 * {@code SUCCESS}, or {@code ERROR} when the listener or the handling of its result failed.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		}

	}

	/**
	 * High-cardinality keys of {@link #LISTENER_INVOCATION}, present when the event has them.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The ID of the conversation the event happened in.
		 */
		CHANNEL {
			@Override
			public String asString() {
				return "channel";
			}
		},

		/**
		 * The workspace ID.
		 */
		TEAM {
			@Override
			public String asString() {
				return "team";
			}
		}

	}

}
