package dev.slackboot.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documents the observations of Slack Web API calls.
 */
public enum SlackApiObservationDocumentation implements ObservationDocumentation {

	/**
	 * One Web API call, from the first attempt to the answer or the final failure, retries included.
	 */
	API_CALL {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSlackApiObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

	};

	/**
	 * Low-cardinality keys of {@link #API_CALL}.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The Slack method, e.g. {@code chat.postMessage}.
		 */
		METHOD {
			@Override
			public String asString() {
				return "method";
			}
		},

		/**
		 * {@code SUCCESS}, {@code SLACK_ERROR} (Slack answered {@code ok:false}), {@code HTTP_ERROR} (rate
		 * limited or a server error past the retries) or {@code IO_ERROR} (no answer).
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * Slack's error code, {@code http_<status>} without one, {@code io} without an answer, or {@code none}.
		 */
		ERROR {
			@Override
			public String asString() {
				return "error";
			}
		}

	}

}
